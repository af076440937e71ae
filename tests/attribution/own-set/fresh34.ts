// The own set's thirty-fifth part ("fresh 34"): written by a second author during the nineteenth session, without reading the engine's rules, its tests or any other part's passages, so it is measured on text its author never saw. It covers sport (match reports, press conferences, transfers, disciplinary hearings, athletes' and coaches' interviews). Measured only. Same gold conventions as passages.ts. People, places and organisations are made up.
import type { GoldItem } from '../dev-metrics';
import { passage, q } from './passages';

export const ownSetFresh34: GoldItem[] = [
  passage('f34-comeback-report-01', ['british_single_quotes', 'colon_cue', 'continuation', 'quote_about_other', 'local_paper'], [
    `Ashworth Town came from two goals down to snatch a 3-2 win over Kelbrook Rovers at Mill Lane on Saturday, with substitute Danny Cresswell heading the winner in the fourth minute of stoppage time.`,
    `Town boss Gary Pelling said: 'At half-time I told them we were better than that. I didn't need to shout, they knew.'`,
    `'Danny's been patient. He's not had many minutes but he trains like he's starting every week, and that's his reward.'`,
    `Rovers manager Neil Oakes was less forgiving of his own defence. 'We switched off twice from set-pieces and you can't do that at this level,' he said. 'It's on me as much as them.'`,
  ], [
    q(`At half-time I told them we were better than that. I didn't need to shout, they knew.`, 'Gary Pelling'),
    q(`Danny's been patient. He's not had many minutes but he trains like he's starting every week, and that's his reward.`, 'Gary Pelling'),
    q(`We switched off twice from set-pieces and you can't do that at this level,`, 'Neil Oakes'),
    q(`It's on me as much as them.`, 'Neil Oakes'),
  ]),

  passage('f34-gridiron-wire-02', ['us_wire', 'straight_quotes', 'long_appositive', 'partial_quote'], [
    `FORT CALLOWAY, Texas — Marcus Dellinger threw for 312 yards and three touchdowns, and the Calloway Outlaws held off the Mesa Ridge Hawks 27-24 on Sunday.`,
    `"We knew they'd come after us with the blitz, so we had some hot routes ready," Dellinger said. "The guys up front gave me enough time to find them."`,
    `Hawks coach Terry Vance, whose team went 0 for 3 on fourth down, defended his decision to go for it from his own 40 late in the third quarter.`,
    `"I'd make that call again. We're not going to play scared," Vance said.`,
    `Outlaws linebacker Jamal Ruckers, who forced the fumble that sealed it, said the defense was "sick of hearing" about its fourth-quarter collapses last season.`,
  ], [
    q(`We knew they'd come after us with the blitz, so we had some hot routes ready,`, 'Marcus Dellinger'),
    q(`The guys up front gave me enough time to find them.`, 'Marcus Dellinger'),
    q(`I'd make that call again. We're not going to play scared,`, 'Terry Vance'),
    q(`sick of hearing`, 'Jamal Ruckers'),
  ]),

  passage('f34-semi-presser-03', ['transcript', 'labelled_turns', 'straight_quotes', 'unnamed_source'], [
    `The following is an edited excerpt from Thursday's pre-match news conference at Harlow Park, where Brentmoor City head coach Ilse Vandermeer and captain Tom Ashcroft faced questions ahead of the cup semi-final.`,
    `QUESTION: "Is Okafor fit to start?"`,
    `VANDERMEER: "He trained fully yesterday and today. We'll make a decision in the morning, but I'm optimistic."`,
    `QUESTION: "Tom, how do you approach a semi-final after losing this fixture last season?"`,
    `ASHCROFT: "You don't forget it. But it's a different group now, and we've grown up a lot."`,
    `VANDERMEER: "I'd add that nobody in that dressing room needs motivating for this one."`,
  ], [
    q(`Is Okafor fit to start?`, 'reporter (unnamed)'),
    q(`He trained fully yesterday and today. We'll make a decision in the morning, but I'm optimistic.`, 'Ilse Vandermeer'),
    q(`Tom, how do you approach a semi-final after losing this fixture last season?`, 'reporter (unnamed)'),
    q(`You don't forget it. But it's a different group now, and we've grown up a lot.`, 'Tom Ashcroft'),
    q(`I'd add that nobody in that dressing room needs motivating for this one.`, 'Ilse Vandermeer'),
  ]),

  passage('f34-t20-auction-04', ['indian_english', 'straight_quotes', 'partial_quote', 'unnamed_source', 'according_to', 'age_after_name'], [
    `Bengaluru: Left-arm pacer Harshvardhan Kulkarni, 23, was the costliest buy on the opening day of the Premier Twenty20 League auction on Tuesday, fetching Rs 14.2 crore from the Konkan Tuskers franchise.`,
    `"I was at home with my parents watching it on television. My father did not say anything for five minutes, he just sat there," Kulkarni told reporters over a video call.`,
    `Tuskers head coach Rajeev Menon said the franchise had identified Kulkarni "two seasons back" during the domestic one-day tournament. "He bowls the hard lengths at the death that very few Indian bowlers can bowl consistently," Menon said.`,
    `According to a franchise official, the Tuskers had set aside nearly half their purse for the left-armer. "We were ready to go till 16," the official said, requesting anonymity.`,
  ], [
    q(`I was at home with my parents watching it on television. My father did not say anything for five minutes, he just sat there,`, 'Harshvardhan Kulkarni'),
    q(`two seasons back`, 'Rajeev Menon'),
    q(`He bowls the hard lengths at the death that very few Indian bowlers can bowl consistently,`, 'Rajeev Menon'),
    q(`We were ready to go till 16,`, 'official (unnamed)'),
  ]),

  passage('f34-doping-ban-05', ['kenyan_english', 'organisation_speaker', 'partial_quote', 'spokesperson_unnamed', 'doping'], [
    `NAIROBI — Former Commonwealth 10,000m silver medallist Elias Kipkemboi Tanui has been banned for four years after testing positive for a prohibited blood booster, the Athletics Integrity Panel announced yesterday.`,
    `In its decision, the panel said the athlete had "failed to provide any credible explanation" for the presence of the substance in his sample, which was collected during an out-of-competition test in Iten in March.`,
    `"The panel is comfortably satisfied that the violation was committed intentionally," the three-member panel wrote in its 42-page ruling.`,
    `Tanui's lawyer, Wanjiru Kamau, said they would appeal. "My client has never knowingly taken any banned substance and we shall take this matter to the appeals tribunal," she said.`,
    `A spokesperson for the Rift Valley Athletics Association said the body "fully supports" the panel's work and urged young athletes to "run clean or don't run at all".`,
  ], [
    q(`failed to provide any credible explanation`, 'Athletics Integrity Panel'),
    q(`The panel is comfortably satisfied that the violation was committed intentionally,`, 'Athletics Integrity Panel'),
    q(`My client has never knowingly taken any banned substance and we shall take this matter to the appeals tribunal,`, 'Wanjiru Kamau'),
    q(`fully supports`, 'Rift Valley Athletics Association spokesperson (unnamed)'),
    q(`run clean or don't run at all`, 'Rift Valley Athletics Association spokesperson (unnamed)'),
  ]),

  passage('f34-winger-talks-06', ['british_broadsheet', 'curly_quotes', 'unnamed_source', 'organisation_speaker', 'media_speaker', 'social_media', 'partial_quote'], [
    `Harcourt United have opened talks with Sporting Vilamar over a £38m move for the winger Tiago Esteves, with the top-flight club confident of completing a deal before the window closes on Monday.`,
    `A source close to the negotiations said the clubs were “a few million apart” on add-ons. “Harcourt have made their best offer on the guaranteed fee. It comes down to how much Vilamar want to gamble on performance clauses,” the source said.`,
    `In a statement on Friday evening, Vilamar said they had “received no acceptable offer” for the 22-year-old and that he remained “a central part of the coach’s plans”.`,
    `That line was undermined within hours when the Lisbon sports daily Jornal da Bola reported that Esteves had “already said his goodbyes” to team-mates at the training ground.`,
    `Esteves himself added to the speculation by posting a photograph of a packed suitcase on Instagram with the caption: “Ready for the next chapter.”`,
  ], [
    q(`a few million apart`, 'source (unnamed)'),
    q(`Harcourt have made their best offer on the guaranteed fee. It comes down to how much Vilamar want to gamble on performance clauses,`, 'source (unnamed)'),
    q(`received no acceptable offer`, 'Sporting Vilamar'),
    q(`a central part of the coach’s plans`, 'Sporting Vilamar'),
    q(`already said his goodbyes`, 'Jornal da Bola'),
    q(`Ready for the next chapter.`, 'Tiago Esteves'),
  ]),

  passage('f34-scrum-woes-07', ['new_zealand', 'present_tense_says', 'pronoun_speaker', 'quote_about_other', 'partial_quote'], [
    `Southern Rams coach Hamish Tavita says his side's scrum is "miles off" where it needs to be after they were pushed around by the Waikato Kahu in Hamilton on Saturday night.`,
    `Tavita was blunt about the 31-17 defeat, singling out tighthead prop Sione Latu, who was replaced after 48 minutes. "Sione will be the first to tell you he had a rough night. He knows it, we all know it," he said.`,
    `Kahu captain Ropata Hemi said the home side had targeted the set piece all week. "We saw something on the video and we went after it. Credit to our front row, they were outstanding."`,
    `The Rams host Otago Wairua in Invercargill next Friday.`,
  ], [
    q(`miles off`, 'Hamish Tavita'),
    q(`Sione will be the first to tell you he had a rough night. He knows it, we all know it,`, 'Hamish Tavita'),
    q(`We saw something on the video and we went after it. Credit to our front row, they were outstanding.`, 'Ropata Hemi'),
  ]),

  passage('f34-wildcard-upset-08', ['australian', 'straight_quotes', 'same_gender_alternation', 'pronoun_speaker', 'relative_speaker', 'quote_about_other', 'partial_quote'], [
    `MELBOURNE: Teenager Ella Margetts has described her first-round upset of eighth seed Katarina Novakova as "the best night of my life" after the 17-year-old wildcard won 7-6, 3-6, 6-4 under lights on centre court.`,
    `"I honestly didn't think I'd win a set. I just wanted to not embarrass myself," Margetts said.`,
    `Novakova, who had been troubled by a wrist complaint in the lead-up, refused to blame the injury. "She played better than me on the big points. That's all," she said.`,
    `Margetts's mother, Joanne, watched from the players' box. "She's been hitting balls against our garage door since she was four," Joanne Margetts said. "The neighbours will be relieved she's found a bigger wall."`,
  ], [
    q(`the best night of my life`, 'Ella Margetts'),
    q(`I honestly didn't think I'd win a set. I just wanted to not embarrass myself,`, 'Ella Margetts'),
    q(`She played better than me on the big points. That's all,`, 'Katarina Novakova'),
    q(`She's been hitting balls against our garage door since she was four,`, 'Joanne Margetts'),
    q(`The neighbours will be relieved she's found a bigger wall.`, 'Joanne Margetts'),
  ]),

  passage('f34-six-for-31-09', ['south_african', 'straight_quotes', 'non_quote_quotation_marks', 'nickname', 'partial_quote', 'colon_cue', 'age_after_name'], [
    `PAARL – Fast bowler Thabo "Bullet" Mokoena ripped through the Boland Cobras top order with figures of six for 31 as the Karoo Eagles won by 94 runs on Sunday.`,
    `Eagles coach Pieter van Wyk said Mokoena had been "unplayable" in the first hour. "When he gets his run-up rhythm right, there are not many batters in this country who want to face him," Van Wyk said.`,
    `Mokoena, 26, said: "I've been working on my wrist position with the bowling coach. Today it came out nicely."`,
    `Cobras captain Rassie Kleynhans conceded his batters had "no answers". "We'll regroup. It's a long season," he said.`,
  ], [
    q(`unplayable`, 'Pieter van Wyk'),
    q(`When he gets his run-up rhythm right, there are not many batters in this country who want to face him,`, 'Pieter van Wyk'),
    q(`I've been working on my wrist position with the bowling coach. Today it came out nicely.`, 'Thabo Mokoena'),
    q(`no answers`, 'Rassie Kleynhans'),
    q(`We'll regroup. It's a long season,`, 'Rassie Kleynhans'),
  ]),

  passage('f34-keeper-memoir-10', ['british_single_quotes', 'non_quote_quotation_marks', 'title_in_quotes', 'colon_cue', 'continuation', 'age_after_name'], [
    `Former Wrexford Athletic goalkeeper Rob Haverley lifts the lid on his long battle with anxiety in his autobiography, 'Safe Hands, Shaking Knees', which is published on Thursday.`,
    `Speaking on the 'Final Whistle' podcast, Haverley said: 'There were Saturdays when I was physically sick in the tunnel before kick-off and nobody knew.'`,
    `'I thought if I told the manager, he'd drop me. That was the culture then.'`,
    `His former manager at the club, Alan Brecknock, said he had been unaware. 'Rob was the most reliable lad I ever had. I'm gutted he felt he couldn't come to me,' said Brecknock, now 68.`,
  ], [
    q(`There were Saturdays when I was physically sick in the tunnel before kick-off and nobody knew.`, 'Rob Haverley'),
    q(`I thought if I told the manager, he'd drop me. That was the culture then.`, 'Rob Haverley'),
    q(`Rob was the most reliable lad I ever had. I'm gutted he felt he couldn't come to me,`, 'Alan Brecknock'),
  ]),

  passage('f34-team-orders-11', ['motor_racing', 'straight_quotes', 'team_radio', 'unnamed_source', 'same_gender_alternation', 'quote_about_other', 'partial_quote'], [
    `Lukas Brandt held off a late charge from teammate Oliver Reyes to win the Valmonte Grand Prix on Sunday, a result overshadowed by a tense exchange over team radio in the closing laps.`,
    `With six laps remaining, Reyes was heard asking his race engineer: "Are we racing or not? Tell me now." The reply came back: "Hold position, Oliver. Hold position."`,
    `Castellan team principal Marco Silvestri insisted afterward that the order had been "about bringing both cars home" rather than favoring Brandt. "We had a temperature issue on Oliver's car. If he pushes, maybe he doesn't finish," Silvestri said.`,
    `Reyes was less diplomatic. "I was faster. Everyone could see that," he told reporters. "We'll talk inside."`,
  ], [
    q(`Are we racing or not? Tell me now.`, 'Oliver Reyes'),
    q(`Hold position, Oliver. Hold position.`, 'race engineer (unnamed)'),
    q(`about bringing both cars home`, 'Marco Silvestri'),
    q(`We had a temperature issue on Oliver's car. If he pushes, maybe he doesn't finish,`, 'Marco Silvestri'),
    q(`I was faster. Everyone could see that,`, 'Oliver Reyes'),
    q(`We'll talk inside.`, 'Oliver Reyes'),
  ]),

  passage('f34-veteran-forward-12', ['us_feature', 'present_tense_says', 'pronoun_speaker', 'quote_about_other', 'straight_quotes'], [
    `On a gray Tuesday morning in Milwaukee, Darnell Okoye is the first one in the gym again. He is 34, his knees ache, and he has no intention of retiring.`,
    `"People keep asking me when I'm done," Okoye says, lacing up his shoes. "I tell them when the game tells me."`,
    `His coach with the Lakeshore Comets, Bill Harrigan, has watched him add a corner three to his game at an age when most forwards are selling insurance. "Darnell reinvented himself," Harrigan says. "Nobody does that at 34."`,
    `Okoye shrugs off the praise. "My dad drove a cab for 30 years and never missed a shift. That's where I get it," he says.`,
  ], [
    q(`People keep asking me when I'm done,`, 'Darnell Okoye'),
    q(`I tell them when the game tells me.`, 'Darnell Okoye'),
    q(`Darnell reinvented himself,`, 'Bill Harrigan'),
    q(`Nobody does that at 34.`, 'Bill Harrigan'),
    q(`My dad drove a cab for 30 years and never missed a shift. That's where I get it,`, 'Darnell Okoye'),
  ]),

  passage('f34-chase-winner-13', ['irish', 'horse_racing', 'straight_quotes', 'role_speaker', 'quote_about_other', 'unnamed_source', 'partial_quote'], [
    `Trainer Mossie Gleeson described Glenbrack Lad's victory in the Kilcarra Chase at Navan yesterday as "the best day I've had in racing" after the nine-year-old came home eight lengths clear under Ciarán Dunne.`,
    `"He jumped like a stag from the first. Ciarán gave him a peach of a ride," said the Tipperary trainer, who has just 12 horses in his yard near Cashel.`,
    `Dunne, 22, was riding his first winner at the grade. "I was only a passenger. He did it all himself," he said.`,
    `The winning owners, the Kilcarra Hill syndicate of 14 friends from Thurles, were in full voice in the winners' enclosure. "Drinks are on Mossie!" one of them shouted.`,
  ], [
    q(`the best day I've had in racing`, 'Mossie Gleeson'),
    q(`He jumped like a stag from the first. Ciarán gave him a peach of a ride,`, 'Mossie Gleeson'),
    q(`I was only a passenger. He did it all himself,`, 'Ciarán Dunne'),
    q(`Drinks are on Mossie!`, 'syndicate member (unnamed)'),
  ]),

  passage('f34-referee-abuse-14', ['british_broadsheet', 'disciplinary', 'organisation_speaker', 'partial_quote', 'colon_cue', 'quote_about_other'], [
    `Brackwell Rovers midfielder Jordan Ashby has been banned for six matches and fined £20,000 after an independent regulatory commission found he had used abusive language towards a match official during the defeat at Stanmoor.`,
    `In its written reasons, published on Wednesday, the commission said Ashby's conduct had been "aggressive, sustained and wholly unacceptable" and that his apology had come "only after the extent of the evidence became clear".`,
    `The referee, Michael Torrance, told the hearing: "He followed me to the tunnel shouting. I felt intimidated, which is not something I say lightly after 15 years."`,
    `Rovers said in a statement that they were "disappointed by the severity of the sanction" and would consider their options. Ashby, in a statement released through his agent, said: "I accept I lost my head and I'm sorry. I will learn from this."`,
  ], [
    q(`aggressive, sustained and wholly unacceptable`, 'independent regulatory commission'),
    q(`only after the extent of the evidence became clear`, 'independent regulatory commission'),
    q(`He followed me to the tunnel shouting. I felt intimidated, which is not something I say lightly after 15 years.`, 'Michael Torrance'),
    q(`disappointed by the severity of the sanction`, 'Brackwell Rovers'),
    q(`I accept I lost my head and I'm sorry. I will learn from this.`, 'Jordan Ashby'),
  ]),

  passage('f34-under12-champions-15', ['british_single_quotes', 'local_paper', 'grassroots', 'colon_cue', 'age_after_name', 'relative_speaker', 'pronoun_speaker'], [
    `A Hexley girls' under-12s football team has been crowned county champions just two years after the club started with six players and a borrowed set of bibs.`,
    `Hexley Harriers captain Maisie Thornton, 11, scored twice in the final against Pendle Vale Juniors. She said: 'It was the best feeling ever. We all cried, even the coach.'`,
    `Coach Karen Doyle, 44, who set up the team after her daughter was turned away from a boys' side, said: 'These girls have worked so hard. Two years ago some of them had never kicked a ball.'`,
    `Maisie's mum, Louise Thornton, said: 'She's been wearing her medal to bed.'`,
    `The club is now appealing for a kit sponsor. Anyone interested can contact secretary Phil Rudd through the club's website.`,
  ], [
    q(`It was the best feeling ever. We all cried, even the coach.`, 'Maisie Thornton'),
    q(`These girls have worked so hard. Two years ago some of them had never kicked a ball.`, 'Karen Doyle'),
    q(`She's been wearing her medal to bed.`, 'Louise Thornton'),
  ]),

  passage('f34-club-documentary-16', ['non_quote_quotation_marks', 'no_quotes', 'title_in_quotes', 'scare_quotes', 'straight_quotes'], [
    `A new documentary, "Ninety Minutes from Home", follows the semi-professional club Carrow Bay FC through a season in which it faced relegation, a boardroom takeover and the closure of its ground's main stand.`,
    `The film, which premieres at the Kestrel Festival in October, was directed by Anna Welby, whose previous work "The Long Season" followed a women's rowing crew through a winter of training.`,
    `Fans had called the stand "the Shed" long before it was condemned, and its demolition forms the emotional centre of the film.`,
    `The club's so-called "rescue package" — a loan from a property developer with designs on the site — is also examined in detail.`,
  ], []),

  passage('f34-top-of-table-17', ['singaporean_english', 'straight_quotes', 'long_appositive', 'role_speaker', 'partial_quote', 'quote_about_other'], [
    `SINGAPORE – Kallang Strikers coach Ahmad Faizal Rahim has called on his players to "stay humble" after they went top of the league with a 2-0 win over Jurong Harbour FC at Bishan Stadium on Saturday.`,
    `"It's only week nine. Nobody gives you a trophy in September," said the 47-year-old former national defender, who took over in January.`,
    `Striker Muhammad Irfan Hakim, who scored both goals, dedicated the win to his late grandfather. "He never missed one of my youth games. This one is for him," said the 20-year-old.`,
    `Jurong Harbour's Japanese coach Kenji Morimoto lamented his side's finishing. "We had chances. If we score first, it is a different game," he said through a translator.`,
  ], [
    q(`stay humble`, 'Ahmad Faizal Rahim'),
    q(`It's only week nine. Nobody gives you a trophy in September,`, 'Ahmad Faizal Rahim'),
    q(`He never missed one of my youth games. This one is for him,`, 'Muhammad Irfan Hakim'),
    q(`We had chances. If we score first, it is a different game,`, 'Kenji Morimoto'),
  ]),

  passage('f34-sprinter-hamstring-18', ['canadian', 'present_tense_says', 'straight_quotes', 'organisation_speaker', 'partial_quote', 'role_speaker', 'quote_about_other'], [
    `TORONTO — Sprinter Keisha Adeyemi-Laurent says she's "not going anywhere" despite a hamstring tear that will keep her out of the national championships in Winnipeg next month.`,
    `"It's frustrating, obviously. But I've come back from worse," the 28-year-old from Brampton, Ont., said Tuesday in a phone interview.`,
    `Her coach, Dwayne Mercer, said the injury was caught early. "We did the scan the same day. That's the silver lining," Mercer said. "Six to eight weeks and she's back on the track."`,
    `Sprint Canada, the sport's national governing body, said in a statement that Adeyemi-Laurent would remain eligible for the relay pool "based on her body of work."`,
  ], [
    q(`not going anywhere`, 'Keisha Adeyemi-Laurent'),
    q(`It's frustrating, obviously. But I've come back from worse,`, 'Keisha Adeyemi-Laurent'),
    q(`We did the scan the same day. That's the silver lining,`, 'Dwayne Mercer'),
    q(`Six to eight weeks and she's back on the track.`, 'Dwayne Mercer'),
    q(`based on her body of work.`, 'Sprint Canada'),
  ]),

  passage('f34-late-penalty-19', ['british_broadsheet', 'straight_quotes', 'speaker_named_later', 'quote_only_paragraph_new_speaker', 'colon_cue'], [
    `Ellisford's director of rugby, Graham Pettifer, did not hide his anger at the officiating after his side's 22-20 defeat at Hollinbrook on Saturday.`,
    `"I've looked at the last ten minutes three times now and I still can't tell you what the penalty was for," Pettifer said. "Somebody needs to explain it to me, because the referee couldn't."`,
    `"We've been on the wrong end of these before and we'll be on the right end of them eventually. You don't moan, you get on with it."`,
    `That was the more measured verdict of Ellisford captain Sam Okonkwo-Reid, who played the full 80 minutes despite a shoulder injury.`,
    `Hollinbrook head coach Dean Farrow said: "I thought it was a clear penalty. Their No 7 was off his feet all afternoon."`,
  ], [
    q(`I've looked at the last ten minutes three times now and I still can't tell you what the penalty was for,`, 'Graham Pettifer'),
    q(`Somebody needs to explain it to me, because the referee couldn't.`, 'Graham Pettifer'),
    q(`We've been on the wrong end of these before and we'll be on the right end of them eventually. You don't moan, you get on with it.`, 'Sam Okonkwo-Reid'),
    q(`I thought it was a clear penalty. Their No 7 was off his feet all afternoon.`, 'Dean Farrow'),
  ]),

  passage('f34-assistant-lawsuit-20', ['us_newspaper', 'document_speaker', 'lawsuit', 'partial_quote', 'straight_quotes', 'according_to'], [
    `A former assistant coach at Brookfield State University has sued the school and its athletic director, alleging she was fired for reporting concerns about the treatment of players on the women's basketball team.`,
    `The lawsuit, filed Monday in Harlan County District Court, says Renee Castillo was "subjected to a campaign of retaliation" after she emailed university compliance officers in February. Castillo, 39, had coached at the school for six seasons, according to its website.`,
    `"Defendants made clear that Ms. Castillo's continued employment depended on her silence," the lawsuit states.`,
    `University spokeswoman Linda Park said Brookfield State does not comment on pending litigation but "takes every compliance report seriously."`,
    `Athletic director Mark Fenwick did not respond to a request for comment. Castillo's attorney, Jerome Blake, said his client "did exactly what the rules told her to do."`,
  ], [
    q(`subjected to a campaign of retaliation`, 'the lawsuit'),
    q(`Defendants made clear that Ms. Castillo's continued employment depended on her silence,`, 'the lawsuit'),
    q(`takes every compliance report seriously.`, 'Linda Park'),
    q(`did exactly what the rules told her to do.`, 'Jerome Blake'),
  ]),

  passage('f34-pundit-row-21', ['british_single_quotes', 'pundit', 'broadcast', 'quote_about_other', 'same_gender_alternation', 'colon_cue'], [
    `Former Harcourt United captain turned pundit Steve Marlow has called on the club to sack manager Paolo Ricci after Sunday's 4-0 home defeat by Castlebridge.`,
    `Speaking on Matchnight Live, Marlow said: 'Ricci has lost the dressing room. You can see it in the body language. Players aren't running for him.'`,
    `Fellow pundit Lee Danvers disagreed. 'Sacking him now is panic. Who are you bringing in mid-season who's better?' he said.`,
    `Ricci, asked about Marlow's comments at his press conference on Tuesday, said: 'Steve is entitled to his opinion. He is paid to have opinions. I am paid to fix this, and I will.'`,
  ], [
    q(`Ricci has lost the dressing room. You can see it in the body language. Players aren't running for him.`, 'Steve Marlow'),
    q(`Sacking him now is panic. Who are you bringing in mid-season who's better?`, 'Lee Danvers'),
    q(`Steve is entitled to his opinion. He is paid to have opinions. I am paid to fix this, and I will.`, 'Paolo Ricci'),
  ]),

  passage('f34-small-town-scheme-22', ['indian_english', 'non_quote_quotation_marks', 'scare_quotes', 'straight_quotes', 'partial_quote', 'long_appositive'], [
    `New Delhi: The sports ministry's "Mission Podium 2032" scheme will fund 48 cricketers and athletes from small towns, sports secretary Anuradha Iyer announced on Friday.`,
    `"Talent is not only in the metros. We want the boy from Bhagalpur and the girl from Tezpur to get the same physio, the same nutritionist," Iyer said at the launch.`,
    `Former India off-spinner Rakesh Bhandari, who has been named the scheme's mentor for spin bowling, called it a "long-overdue" step.`,
    `Some of the "beneficiaries" of a similar scheme launched in 2019, however, say they never received a single rupee.`,
  ], [
    q(`Talent is not only in the metros. We want the boy from Bhagalpur and the girl from Tezpur to get the same physio, the same nutritionist,`, 'Anuradha Iyer'),
    q(`long-overdue`, 'Rakesh Bhandari'),
  ]),

  passage('f34-thumb-injury-23', ['us_wire', 'unnamed_source', 'straight_quotes', 'social_media', 'partial_quote'], [
    `Phoenix Sundogs guard Trey Whitfield has a torn ligament in his left thumb and is expected to miss four to six weeks, a person familiar with the diagnosis said Wednesday.`,
    `The person spoke on condition of anonymity because the team had not announced the injury. "He'll have surgery Friday. The hope is he's back before the All-Star break," the person said.`,
    `Sundogs coach Andre Lyle, speaking before the team's game against Sacramento, would only say Whitfield was "getting looked at." "I'm not a doctor. When I know, you'll know," Lyle said.`,
    `Whitfield posted on X shortly after the game: "Minor setback. Major comeback. See y'all soon."`,
  ], [
    q(`He'll have surgery Friday. The hope is he's back before the All-Star break,`, 'person (unnamed)'),
    q(`getting looked at.`, 'Andre Lyle'),
    q(`I'm not a doctor. When I know, you'll know,`, 'Andre Lyle'),
    q(`Minor setback. Major comeback. See y'all soon.`, 'Trey Whitfield'),
  ]),

  passage('f34-marathon-mother-24', ['kenyan_english', 'relative_speaker', 'age_after_name', 'pronoun_speaker', 'colon_cue', 'straight_quotes'], [
    `ELDORET — When Faith Chepkoech crossed the line first at the Lakeside Marathon in 2:19:41 on Sunday, her mother was milking cows 30 kilometres away in the village of Kaptagat.`,
    `"Somebody ran to tell me. I did not believe them until I saw it on the neighbour's television," said Rose Jeruto, 61, speaking in Kalenjin through an interpreter.`,
    `Chepkoech, 27, said she had dedicated the race to her late father. "He sold two goats to buy my first spikes. Everything I have started there," she told journalists in Nairobi on Tuesday.`,
    `Her manager, Peter Kimani of Highlands Sports Management, said: "She has been knocking on the door for three years. Now the door is open."`,
  ], [
    q(`Somebody ran to tell me. I did not believe them until I saw it on the neighbour's television,`, 'Rose Jeruto'),
    q(`He sold two goats to buy my first spikes. Everything I have started there,`, 'Faith Chepkoech'),
    q(`She has been knocking on the door for three years. Now the door is open.`, 'Peter Kimani'),
  ]),

  passage('f34-two-goals-25', ['us_wire', 'straight_quotes', 'same_gender_alternation', 'pronoun_speaker', 'quote_about_other', 'partial_quote'], [
    `CHICAGO — Jorge Salcedo scored twice and set up another as the Chicago Union beat the Columbus Forge 3-1 on Saturday night.`,
    `"The first one was luck, honestly. I was trying to cross it," Salcedo said.`,
    `Forge goalkeeper Nate Brodsky, who made seven saves, was left shaking his head. "He says it was a cross? OK. I'll believe that when I see him do it twice," Brodsky said.`,
    `Salcedo laughed when told of Brodsky's comment. "Nate's a good guy. Tell him I'll show him next time," he said.`,
    `Union coach Pablo Merino said Salcedo had been "playing with freedom" since moving into a central role.`,
  ], [
    q(`The first one was luck, honestly. I was trying to cross it,`, 'Jorge Salcedo'),
    q(`He says it was a cross? OK. I'll believe that when I see him do it twice,`, 'Nate Brodsky'),
    q(`Nate's a good guy. Tell him I'll show him next time,`, 'Jorge Salcedo'),
    q(`playing with freedom`, 'Pablo Merino'),
  ]),

  passage('f34-stood-down-26', ['australian', 'curly_quotes', 'organisation_speaker', 'partial_quote', 'pronoun_speaker', 'colon_cue'], [
    `The Parramore Stingrays have stood down forward Jake Tully pending a police investigation into an alleged incident at a Sydney nightclub on Saturday night.`,
    `In a statement released on Monday, the club said it was “aware of an incident involving a player” and was “cooperating fully with authorities”.`,
    `“The club will make no further comment while the matter is before police,” the Stingrays said.`,
    `Coach Brett Kearney fronted the media at training but refused to discuss Tully. “I’m not going there, mate. Ask me about footy,” Kearney said.`,
    `Asked whether Tully had been at training, he said: “He hasn’t been here today. That’s all I’ll say.”`,
  ], [
    q(`aware of an incident involving a player`, 'Parramore Stingrays'),
    q(`cooperating fully with authorities`, 'Parramore Stingrays'),
    q(`The club will make no further comment while the matter is before police,`, 'Parramore Stingrays'),
    q(`I’m not going there, mate. Ask me about footy,`, 'Brett Kearney'),
    q(`He hasn’t been here today. That’s all I’ll say.`, 'Brett Kearney'),
  ]),

  passage('f34-quarter-final-27', ['british_broadsheet', 'curly_quotes', 'split_quote', 'speaker_mid_quote', 'role_speaker', 'long_appositive', 'partial_quote'], [
    `Oliver Pennington has never been one for false modesty, and the 24-year-old was in expansive mood after reaching his first Grand Slam quarter-final on Monday.`,
    `“I came here believing I could win the tournament,” said Pennington, who beat the No 6 seed Andrés Villaverde in four sets. “If that sounds arrogant, fine. I’d rather be arrogant than scared.”`,
    `Villaverde, gracious in defeat, said his opponent had “served like a machine”. “When he serves like that,” the Spaniard added, “there is not much you can do except hope he gets tired.”`,
    `Pennington’s coach, the former doubles specialist Gerry Mountfield, was more guarded. “We’ll enjoy it tonight and then it’s back to work,” he said.`,
  ], [
    q(`I came here believing I could win the tournament,`, 'Oliver Pennington'),
    q(`If that sounds arrogant, fine. I’d rather be arrogant than scared.`, 'Oliver Pennington'),
    q(`served like a machine`, 'Andrés Villaverde'),
    q(`When he serves like that,`, 'Andrés Villaverde'),
    q(`there is not much you can do except hope he gets tired.`, 'Andrés Villaverde'),
    q(`We’ll enjoy it tonight and then it’s back to work,`, 'Gerry Mountfield'),
  ]),

  passage('f34-fan-protest-28', ['british_single_quotes', 'local_paper', 'crowd_speaker', 'organisation_speaker', 'social_media', 'spokesperson_unnamed', 'colon_cue', 'age_after_name'], [
    `Supporters of Grimsdale Town staged a sit-in protest after Saturday's 1-0 home defeat by Oldcastle, chanting 'We want our club back' for more than half an hour after the final whistle.`,
    `The Grimsdale Town Supporters' Trust posted on social media: 'Enough is enough. The owners have had five years and taken this club to the brink.'`,
    `Lifelong fan Derek Hollins, 72, who has held a season ticket since 1969, said: 'I've never seen it this bad. My grandson doesn't want to come any more.'`,
    `A club spokesman said: 'The board understands the supporters' frustration and will be meeting the trust in the coming weeks.'`,
  ], [
    q(`We want our club back`, 'Supporters of Grimsdale Town'),
    q(`Enough is enough. The owners have had five years and taken this club to the brink.`, "Grimsdale Town Supporters' Trust"),
    q(`I've never seen it this bad. My grandson doesn't want to come any more.`, 'Derek Hollins'),
    q(`The board understands the supporters' frustration and will be meeting the trust in the coming weeks.`, 'Grimsdale Town spokesperson (unnamed)'),
  ]),

  passage('f34-radio-grilling-29', ['transcript', 'labelled_turns', 'broadcast', 'straight_quotes', 'quote_about_other'], [
    `What follows are excerpts from Kestrel Bay Jets owner Harold Finch-Moreton's interview on Sportsline Radio on Monday night, in which host Carla Dibben pressed him on the future of head coach Ray Sandoval.`,
    `DIBBEN: "Is Ray Sandoval your coach next season? Yes or no."`,
    `FINCH-MORETON: "Ray has my full support today. I'm not going to talk about next season in March."`,
    `DIBBEN: "That's not a yes."`,
    `FINCH-MORETON: "It's not a no either, Carla."`,
  ], [
    q(`Is Ray Sandoval your coach next season? Yes or no.`, 'Carla Dibben'),
    q(`Ray has my full support today. I'm not going to talk about next season in March.`, 'Harold Finch-Moreton'),
    q(`That's not a yes.`, 'Carla Dibben'),
    q(`It's not a no either, Carla.`, 'Harold Finch-Moreton'),
  ]),

  passage('f34-speedway-ribs-30', ['british_local', 'non_quote_quotation_marks', 'nickname', 'event_name', 'scare_quotes', 'straight_quotes', 'colon_cue', 'age_after_name'], [
    `Local speedway favourite Wayne "Rocket" Pridmore will ride in Saturday's "Clash of the Titans" meeting at Bramfield Stadium despite breaking two ribs last month.`,
    `Pridmore, 38, said: "The doc says I'm mad. My wife says I'm madder. But I've never missed a Clash and I'm not starting now."`,
    `Promoter Trevor Ashdown said: "We've sold more tickets for this than for any meeting since the stadium reopened."`,
    `It will be the first meeting since the club's much-criticised "safety upgrade", which riders say has left the first bend narrower than before.`,
  ], [
    q(`The doc says I'm mad. My wife says I'm madder. But I've never missed a Clash and I'm not starting now.`, 'Wayne Pridmore'),
    q(`We've sold more tickets for this than for any meeting since the stadium reopened.`, 'Trevor Ashdown'),
  ]),

  passage('f34-pitches-review-31', ['british_broadsheet', 'non_quote_quotation_marks', 'title_in_quotes', 'document_speaker', 'partial_quote', 'colon_cue', 'grassroots'], [
    `A government-commissioned review of grassroots sports facilities, titled "Level Playing Fields", has found that one in four council-owned pitches in England is unfit for competitive use.`,
    `The report, led by the former athletics administrator Dame Helen Corrigan, warns that "a generation of children is being priced out of organised sport" by rising pitch-hire fees.`,
    `Corrigan said at the launch: "We found changing rooms with no hot water, goalposts held up with rope and pitches that flood from October to March."`,
    `Kevin Marsh, secretary of the Ravenstone & District Sunday League, said the findings were "no surprise to anyone who's stood on a touchline in January".`,
  ], [
    q(`a generation of children is being priced out of organised sport`, 'the report'),
    q(`We found changing rooms with no hot water, goalposts held up with rope and pitches that flood from October to March.`, 'Helen Corrigan'),
    q(`no surprise to anyone who's stood on a touchline in January`, 'Kevin Marsh'),
  ]),

  passage('f34-new-contract-32', ['british_broadsheet', 'curly_single_quotes', 'continuation', 'quote_about_other', 'partial_quote', 'colon_cue'], [
    `Lena Marsh has signed a new three-year contract with Kingsford Ladies, ending months of speculation over the England forward’s future.`,
    `‘This club gave me my chance when I was 16, and I never really wanted to leave,’ said Marsh, who was the league’s top scorer last season with 19 goals.`,
    `‘There were conversations with other clubs, of course. That’s football. But my heart was always here.’`,
    `Kingsford manager Sarah Whitlock said: ‘Lena is the heartbeat of this team. Keeping her was our priority from day one.’`,
    `Marsh’s agent, Carol Benning, said the deal made her client ‘one of the best-paid players in the domestic game’.`,
  ], [
    q(`This club gave me my chance when I was 16, and I never really wanted to leave,`, 'Lena Marsh'),
    q(`There were conversations with other clubs, of course. That’s football. But my heart was always here.`, 'Lena Marsh'),
    q(`Lena is the heartbeat of this team. Keeping her was our priority from day one.`, 'Sarah Whitlock'),
    q(`one of the best-paid players in the domestic game`, 'Carol Benning'),
  ]),

  passage('f34-shield-stumps-33', ['australian', 'present_tense_says', 'curly_quotes', 'role_speaker', 'partial_quote', 'pronoun_speaker'], [
    `PERTH: Western Wildcats skipper Mitch Dunleavy says his side will not panic after slumping to 3-28 on the opening morning before recovering to 8-297 at stumps against Tasman Coast.`,
    `“It was a tough first hour, the ball was doing a fair bit,” Dunleavy said. “But the boys down the order showed a lot of ticker.”`,
    `Wicketkeeper Lachlan Pryce top-scored with 94, falling six short of a maiden first-class hundred. “I’m filthy, to be honest. I had it in my hands,” the 21-year-old said.`,
    `Tasman Coast quick Ben Hollier, who took 4-61, said the visitors had “let them off the hook” after lunch. “We bowled too short in that middle session. We’ll be better tomorrow,” he said.`,
  ], [
    q(`It was a tough first hour, the ball was doing a fair bit,`, 'Mitch Dunleavy'),
    q(`But the boys down the order showed a lot of ticker.`, 'Mitch Dunleavy'),
    q(`I’m filthy, to be honest. I had it in my hands,`, 'Lachlan Pryce'),
    q(`let them off the hook`, 'Ben Hollier'),
    q(`We bowled too short in that middle session. We’ll be better tomorrow,`, 'Ben Hollier'),
  ]),

  passage('f34-golf-cut-34', ['us_newspaper', 'straight_quotes', 'pronoun_speaker', 'same_gender_intervening', 'role_speaker'], [
    `Hollins College athletic director Patricia Gaines said Thursday the department would cut its men's and women's golf programs at the end of the season, citing a $2.1 million budget shortfall.`,
    `"Nobody in this building wanted to make this decision," Gaines said. "But the numbers are the numbers."`,
    `Women's golf coach Angela Ruiz, who has led the program for 14 years, learned of the decision at a staff meeting Gaines called on Wednesday morning. Her players found out that afternoon.`,
    `"I had to tell 11 young women that the sport they came here to play is gone," she said. "Some of them were crying before I finished the first sentence."`,
    `Gaines said the school would honor all scholarships. "Every athlete who wants to stay will keep her aid until graduation," she said.`,
  ], [
    q(`Nobody in this building wanted to make this decision,`, 'Patricia Gaines'),
    q(`But the numbers are the numbers.`, 'Patricia Gaines'),
    q(`I had to tell 11 young women that the sport they came here to play is gone,`, 'Angela Ruiz'),
    q(`Some of them were crying before I finished the first sentence.`, 'Angela Ruiz'),
    q(`Every athlete who wants to stay will keep her aid until graduation,`, 'Patricia Gaines'),
  ]),

  passage('f34-betting-probe-35', ['south_african', 'unnamed_source', 'colon_cue', 'partial_quote', 'pronoun_speaker', 'straight_quotes'], [
    `JOHANNESBURG – The National Soccer League has opened an investigation into suspected match-fixing after betting operators flagged unusual activity on last weekend's match between Soweto Stars and Tshwane City.`,
    `A senior league official, who spoke on condition of anonymity because the investigation is ongoing, said: "The betting patterns on the first-half goals market were not normal. We have referred it to the integrity unit and the police."`,
    `Tshwane City chairman Sipho Ndlovu said the club had "nothing to hide". "We welcome any investigation. Our players and officials will co-operate fully," he said.`,
    `Stars coach Themba Dube declined to comment on the allegations, saying only: "I'm a football coach. I talk about football."`,
  ], [
    q(`The betting patterns on the first-half goals market were not normal. We have referred it to the integrity unit and the police.`, 'official (unnamed)'),
    q(`nothing to hide`, 'Sipho Ndlovu'),
    q(`We welcome any investigation. Our players and officials will co-operate fully,`, 'Sipho Ndlovu'),
    q(`I'm a football coach. I talk about football.`, 'Themba Dube'),
  ]),

  passage('f34-cup-shock-36', ['british_single_quotes', 'scottish', 'colon_cue', 'partial_quote', 'long_appositive', 'pronoun_speaker'], [
    `Kilbride Thistle manager Archie Muir hailed a 'proper old-fashioned cup tie' after his part-timers knocked out top-flight Dunmore on penalties in a replay at Glen Park.`,
    `Muir, whose squad includes a postman, two joiners and a maths teacher, said: 'The boys will be at their work at seven tomorrow morning. I'll let them have a late one tonight, though.'`,
    `Goalkeeper Craig Lennie, the maths teacher, saved two penalties in the shoot-out. 'I'll be telling my fourth years about this for months,' he said. 'They'll be sick of me.'`,
    `Dunmore boss Fraser Galbraith was gracious in defeat. 'They deserved it. We didn't,' he said.`,
  ], [
    q(`proper old-fashioned cup tie`, 'Archie Muir'),
    q(`The boys will be at their work at seven tomorrow morning. I'll let them have a late one tonight, though.`, 'Archie Muir'),
    q(`I'll be telling my fourth years about this for months,`, 'Craig Lennie'),
    q(`They'll be sick of me.`, 'Craig Lennie'),
    q(`They deserved it. We didn't,`, 'Fraser Galbraith'),
  ]),

  passage('f34-likeness-bill-37', ['us_newspaper', 'non_quote_quotation_marks', 'bill_name', 'scare_quotes', 'long_appositive', 'colon_cue', 'straight_quotes'], [
    `State lawmakers on Tuesday advanced the so-called "Fair Play for Student Athletes Act," a bill that would let high school athletes in Orland County earn money from their names and likenesses.`,
    `Critics say the bill's "safeguards" are too weak to stop boosters from steering players to favored schools.`,
    `State Rep. Dana Whitcombe, a Democrat who sponsored the bill, said: "These kids are already being exploited. This just lets them see some of the money."`,
    `Greg Hanley, executive director of the Orland County High School Athletic Association, said his group remains opposed. "We are not against athletes. We are against turning 16-year-olds into free agents," Hanley said.`,
  ], [
    q(`These kids are already being exploited. This just lets them see some of the money.`, 'Dana Whitcombe'),
    q(`We are not against athletes. We are against turning 16-year-olds into free agents,`, 'Greg Hanley'),
  ]),

  passage('f34-terrace-anthem-38', ['non_quote_quotation_marks', 'no_quotes', 'nickname', 'title_in_quotes', 'scare_quotes', 'straight_quotes'], [
    `For three decades the terrace behind the goal at Ferris Road was known simply as "the Kop End", and the song that rolled down it every Saturday, "Blue Skies Over Ferris", became the unofficial anthem of the town.`,
    `Its author, a bus driver named Tommy "Whistler" Graydon, wrote the lyrics on the back of a fixture list in 1971 and never earned a penny from them.`,
    `The club's new owners now plan to rename the stand after a betting sponsor, and the "consultation" with fans lasted just nine days.`,
  ], []),

  passage('f34-careless-riding-39', ['australian', 'horse_racing', 'document_speaker', 'partial_quote', 'straight_quotes', 'disciplinary'], [
    `Jockey Kane Mahoney has been suspended for 12 meetings after stewards found he had ridden carelessly in the Group 2 Harbour Stakes at Rosehill on Saturday.`,
    `The stewards' report said Mahoney had "permitted his mount to shift out abruptly" near the 200-metre mark, causing Silver Cadence to be checked.`,
    `Silver Cadence's trainer, Lorraine Hext, was furious. "It cost us the race. My horse was flying," Hext said.`,
    `Mahoney, who pleaded not guilty, told the inquiry his mount had "laid out on its own" and that he had "done everything to straighten her up".`,
  ], [
    q(`permitted his mount to shift out abruptly`, "the stewards' report"),
    q(`It cost us the race. My horse was flying,`, 'Lorraine Hext'),
    q(`laid out on its own`, 'Kane Mahoney'),
    q(`done everything to straighten her up`, 'Kane Mahoney'),
  ]),

  passage('f34-retirement-statement-40', ['british_broadsheet', 'multi_paragraph_quote', 'continuation', 'colon_cue', 'straight_quotes', 'age_after_name'], [
    `Somerleigh captain James Ockwell announced his retirement from professional cricket on Friday in a statement released through the county.`,
    `Ockwell, 38, said in the statement: "After 19 seasons and more than 600 first-class wickets, I've decided the time is right to step away. My body has been telling me for a while, and this summer I finally listened.`,
    `"I want to thank every coach, every team-mate and every supporter who sat through a wet Tuesday at Longford Road. You made it worth it.`,
    `"Most of all I want to thank my wife, Kate, and our boys, who have given up more summers than anyone should."`,
    `Somerleigh director of cricket Neil Hawksworth said: "James is a club legend in the truest sense. There'll never be another one like him."`,
  ], [
    q(`After 19 seasons and more than 600 first-class wickets, I've decided the time is right to step away. My body has been telling me for a while, and this summer I finally listened.`, 'James Ockwell'),
    q(`I want to thank every coach, every team-mate and every supporter who sat through a wet Tuesday at Longford Road. You made it worth it.`, 'James Ockwell'),
    q(`Most of all I want to thank my wife, Kate, and our boys, who have given up more summers than anyone should.`, 'James Ockwell'),
    q(`James is a club legend in the truest sense. There'll never be another one like him.`, 'Neil Hawksworth'),
  ]),

  passage('f34-achilles-41', ['irish', 'straight_quotes', 'continuation', 'according_to', 'partial_quote', 'relative_speaker', 'social_media', 'quote_about_other'], [
    `Shannonside head coach Declan Furlong has confirmed that out-half Conor Rafferty will miss the remainder of the season with a ruptured Achilles tendon.`,
    `"It's a savage blow for Conor, first and foremost," Furlong said at the squad's training base in Limerick yesterday. "He'd been playing the best rugby of his career."`,
    `"We'll rally around him. That's what this group does."`,
    `According to the province's chief medical officer, Dr Aoife Brennan, Rafferty underwent surgery on Monday and the operation "went as well as we could have hoped".`,
    `Rafferty's father, Liam, later posted a photograph of his son in a hospital bed on social media with the message: "Down but never out. Thanks for all the kind words."`,
  ], [
    q(`It's a savage blow for Conor, first and foremost,`, 'Declan Furlong'),
    q(`He'd been playing the best rugby of his career.`, 'Declan Furlong'),
    q(`We'll rally around him. That's what this group does.`, 'Declan Furlong'),
    q(`went as well as we could have hoped`, 'Aoife Brennan'),
    q(`Down but never out. Thanks for all the kind words.`, 'Liam Rafferty'),
  ]),

  passage('f34-rebounds-42', ['us_newspaper', 'curly_quotes', 'same_gender_alternation', 'quote_about_other', 'pronoun_speaker', 'partial_quote'], [
    `Brianna Cole scored 31 points and Tasha Mbeki pulled down 18 rebounds as the Harbor City Tide beat the Dallas Comets 88-81 on Sunday.`,
    `“She was a monster on the glass tonight,” Cole said of Mbeki. “I just had to finish what she gave me.”`,
    `Mbeki deflected the praise. “Bri’s the reason they double-team, and the double team is why I’m open on the boards,” she said.`,
    `Comets coach Denise Harlan said her team “lost the rebounding battle by 15, and that’s the ballgame.”`,
  ], [
    q(`She was a monster on the glass tonight,`, 'Brianna Cole'),
    q(`I just had to finish what she gave me.`, 'Brianna Cole'),
    q(`Bri’s the reason they double-team, and the double team is why I’m open on the boards,`, 'Tasha Mbeki'),
    q(`lost the rebounding battle by 15, and that’s the ballgame.`, 'Denise Harlan'),
  ]),

  passage('f34-life-member-43', ['new_zealand', 'present_tense_says', 'grassroots', 'relative_speaker', 'age_after_name', 'quote_about_other', 'colon_cue', 'straight_quotes'], [
    `At 84, Ngaire Whitu still turns up at Taradale Park at 7am every Saturday to mark out the touch rugby fields. On Friday night, the club made her its first female life member.`,
    `"I just wanted to be useful," Whitu says. "My husband played here, my sons played here, now my great-grandkids play here. Where else would I be?"`,
    `Club president Tama Rangihuna says the vote was unanimous. "Half the people in that room learned to pass a ball because Ngaire was standing on the sideline yelling at them," he says.`,
    `Her granddaughter, Aroha Whitu, 29, says: "Nan pretends she doesn't like the fuss. She's loving it."`,
  ], [
    q(`I just wanted to be useful,`, 'Ngaire Whitu'),
    q(`My husband played here, my sons played here, now my great-grandkids play here. Where else would I be?`, 'Ngaire Whitu'),
    q(`Half the people in that room learned to pass a ball because Ngaire was standing on the sideline yelling at them,`, 'Tama Rangihuna'),
    q(`Nan pretends she doesn't like the fuss. She's loving it.`, 'Aroha Whitu'),
  ]),
];
