// The own set's third part ("fresh 2"): written before any rule change of its session, in genres and
// constructions the first two parts have little of (business wire, post-match with two coaches,
// courts, study authors, police and fire services, councils, reviews, opinion with scare quotes,
// Q&A, live blogs, British style, long appositives, unnamed sources, groups, passives, "according
// to", "told Reuters", social-media posts, two speakers of one gender). Measured only: its mistakes
// are not looked at while tuning, so it stays a check that rules carry over. Same gold conventions
// as passages.ts. People, places and organisations are made up.
import type { GoldItem } from '../dev-metrics';
import { passage, q } from './passages';

export const ownSetFresh2: GoldItem[] = [
  passage(
    'f2-business-01',
    ['business', 'organisation', 'appositive'],
    [
      'Larkfield Foods cut its full-year sales forecast on Tuesday, blaming weaker demand for its frozen ready meals, and its shares fell 11% in early trading.',
      '“Shoppers are trading down faster than we expected,” chief executive Helena Brandt said on a call with analysts.',
      'The company said in a statement that it would close two of its seven factories by the end of next year. “These are difficult decisions that affect loyal colleagues,” it said.',
      'Tobias Renner, an analyst at Oakhurst Capital who covers the sector, said the warning was “overdue.”',
    ],
    [
      q('Shoppers are trading down faster than we expected,', 'Helena Brandt'),
      q('These are difficult decisions that affect loyal colleagues,', 'Larkfield Foods'),
      q('overdue.', 'Tobias Renner'),
    ],
  ),
  passage(
    'f2-business-02',
    ['business', 'told_agency', 'unnamed'],
    [
      'Solvern Energy is in talks to buy a stake in an offshore wind farm off the Danish coast, two people familiar with the matter said.',
      '“The price is the sticking point,” one of the people told Reuters, asking not to be named because the talks are private.',
      'Solvern declined to comment. Its finance director, Mikael Strand, told Reuters last month that the company was “looking at every option in wind.”',
    ],
    [q('The price is the sticking point,', 'person familiar with the matter (unnamed)'), q('looking at every option in wind.', 'Mikael Strand')],
  ),
  passage(
    'f2-business-03',
    ['business', 'appositive'],
    [
      'Quarterly profit at Brightwater Logistics more than doubled, the parcel carrier said on Thursday, as online orders held up better than rivals had feared.',
      '“We have taken market share in every region,” said Armand Delacroix, who has been the group’s chief executive since 2019.',
      'The chairman, Sir Nigel Oakes, said the board would propose a special dividend. “Shareholders have been patient with us,” he said.',
    ],
    [q('We have taken market share in every region,', 'Armand Delacroix'), q('Shareholders have been patient with us,', 'Nigel Oakes')],
  ),
  passage(
    'f2-sport-01',
    ['sport', 'same_gender'],
    [
      'Carrow Rovers and Penhallow City drew 2-2 in a bad-tempered derby on Sunday that finished with both sides down to ten men.',
      '“The referee lost control after twenty minutes,” said Rovers manager Gavin Doyle. “I have never seen a game like it.”',
      'His opposite number, Stefan Kraus, disagreed. “The referee was the best player on the pitch,” Kraus said. “We gave away two soft goals and that is our problem.”',
      'Doyle said he would not appeal the red card shown to his captain. “There is no point,” he said.',
    ],
    [
      q('The referee lost control after twenty minutes,', 'Gavin Doyle'),
      q('I have never seen a game like it.', 'Gavin Doyle'),
      q('The referee was the best player on the pitch,', 'Stefan Kraus'),
      q('We gave away two soft goals and that is our problem.', 'Stefan Kraus'),
      q('There is no point,', 'Gavin Doyle'),
    ],
  ),
  passage(
    'f2-sport-02',
    ['sport', 'british_single_quotes', 'same_gender'],
    [
      'Ellerby Ladies reached the cup final with a 1-0 win over Thornfield, Jade Okafor heading in from a corner in the 88th minute.',
      "'It was the ugliest goal I've ever scored and I'll take it,' said Okafor.",
      "Thornfield boss Claire Summers was proud of her side. 'We matched them for 88 minutes,' she said. 'One lapse and you're out.'",
      "Ellerby manager Rachel Dunmore said: 'We didn't play well, but cup runs aren't about playing well.'",
    ],
    [
      q("It was the ugliest goal I've ever scored and I'll take it,", 'Jade Okafor'),
      q('We matched them for 88 minutes,', 'Claire Summers'),
      q("One lapse and you're out.", 'Claire Summers'),
      q("We didn't play well, but cup runs aren't about playing well.", 'Rachel Dunmore'),
    ],
  ),
  passage(
    'f2-sport-03',
    ['sport', 'role_noun', 'continuation'],
    [
      'Tomas Varga won the men’s 1,500 metres in a championship record on Friday night, holding off the home favourite in the final straight.',
      '“With 200 to go I knew nobody was coming past me,” said the Hungarian, who turned 24 last week.',
      '“I have been dreaming about this race since I was a boy.”',
    ],
    [q('With 200 to go I knew nobody was coming past me,', 'Tomas Varga'), q('I have been dreaming about this race since I was a boy.', 'Tomas Varga')],
  ),
  passage(
    'f2-court-01',
    ['court', 'role_noun'],
    [
      'A former bookkeeper accused of stealing $1.2 million from a Dunmore Valley charity went on trial Monday.',
      '“She treated the charity’s accounts as her personal piggy bank,” Assistant District Attorney Marisol Vega told the jury in her opening statement.',
      'Defense attorney Raymond Pike said his client, Denise Albright, had been authorized to make every payment. “The board signed off on all of it,” Pike said. “Now they want someone to blame.”',
      'Judge Harold Whitcombe told jurors the trial was expected to last two weeks.',
    ],
    [
      q('She treated the charity’s accounts as her personal piggy bank,', 'Marisol Vega'),
      q('The board signed off on all of it,', 'Raymond Pike'),
      q('Now they want someone to blame.', 'Raymond Pike'),
    ],
  ),
  passage(
    'f2-court-02',
    ['court', 'british_single_quotes', 'said_mr'],
    [
      'A landlord who let a family live in a flat with no working heating for two winters has been fined £40,000.',
      "Gerald Finch, 61, admitted three offences at Harlow Magistrates' Court. 'Mr Finch simply ignored every letter the council sent,' said Katherine Owusu, prosecuting.",
      "Mitigating, Simon Rhys said his client had been unwell. 'He accepts he let his tenants down,' said Mr Rhys.",
      "District Judge Alan Meade told Finch: 'You put profit before the health of young children.'",
    ],
    [
      q('Mr Finch simply ignored every letter the council sent,', 'Katherine Owusu'),
      q('He accepts he let his tenants down,', 'Simon Rhys'),
      q('You put profit before the health of young children.', 'Alan Meade'),
    ],
  ),
  passage(
    'f2-court-03',
    ['court', 'document', 'organisation'],
    [
      'Three former residents have sued the Harbourview care home, claiming they were left without food or water for hours at a time.',
      'The lawsuit alleges that staff were “routinely instructed to ignore call bells at night.”',
      'A lawyer for Harbourview, Dennis Okoro, said the claims were “without foundation” and that the home would fight them.',
    ],
    [q('routinely instructed to ignore call bells at night.', 'the lawsuit'), q('without foundation', 'Dennis Okoro')],
  ),
  passage(
    'f2-health-01',
    ['science', 'study_author'],
    [
      'People who walk for 20 minutes after dinner have lower blood sugar the next morning, according to a study of 3,000 adults published on Wednesday.',
      '“The effect was larger than we thought it would be,” said the study’s lead author, Dr Ingrid Solberg of the University of Bergen.',
      'The researchers wrote that the findings were “consistent with a direct effect of muscle activity on glucose uptake.”',
      'Professor Malcolm Reid, a diabetes specialist who was not involved in the research, said the study was “well designed, but observational.” “It cannot prove that walking is the cause,” he said.',
    ],
    [
      q('The effect was larger than we thought it would be,', 'Ingrid Solberg'),
      q('consistent with a direct effect of muscle activity on glucose uptake.', 'researchers'),
      q('well designed, but observational.', 'Malcolm Reid'),
      q('It cannot prove that walking is the cause,', 'Malcolm Reid'),
    ],
  ),
  passage(
    'f2-health-02',
    ['science', 'document', 'scare_quotes', 'non_quote_quotation_marks'],
    [
      'A so-called “forever chemical” has been found in the drinking water of 14 towns, according to a report from the Environment Agency.',
      'The agency said the levels were “below those considered harmful” but that it would keep testing.',
      'Campaigners say the word “harmful” is doing a lot of work in that sentence.',
    ],
    [q('below those considered harmful', 'Environment Agency')],
  ),
  passage(
    'f2-police-01',
    ['police', 'role_noun', 'unnamed'],
    [
      'Two men have been arrested after a jewellery shop in Castlegate was raided by a gang armed with hammers on Saturday afternoon.',
      '“This was a terrifying ordeal for the staff, who were in the shop at the time,” said Detective Inspector Farah Qureshi of Yorkshire Police.',
      'A witness who works at a nearby café said: “They were in and out in under two minutes. People were screaming.”',
      'The detective inspector said officers were still looking for a third man. “We would urge him to hand himself in,” she said.',
    ],
    [
      q('This was a terrifying ordeal for the staff, who were in the shop at the time,', 'Farah Qureshi'),
      q('They were in and out in under two minutes. People were screaming.', 'witness (unnamed)'),
      q('We would urge him to hand himself in,', 'Farah Qureshi'),
    ],
  ),
  passage(
    'f2-fire-01',
    ['emergency', 'appositive', 'phrase_between'],
    [
      'More than 60 firefighters tackled a blaze at a disused mill in Brackley overnight.',
      '“The building was well alight when the first crews arrived,” Station Commander Owen Price, of Northamptonshire Fire and Rescue Service, said early on Sunday morning.',
      'Nobody was hurt. Price said the cause of the fire was not yet known. “We are keeping an open mind,” he added.',
    ],
    [q('The building was well alight when the first crews arrived,', 'Owen Price'), q('We are keeping an open mind,', 'Owen Price')],
  ),
  passage(
    'f2-local-01',
    ['local', 'same_gender'],
    [
      'Ashworth council has voted to close two of its five libraries to save £300,000 a year.',
      'Councillor Janet Pryce, the cabinet member for culture, said the decision had been “agonising.” “Nobody goes into politics to shut libraries,” she said.',
      'Opposition leader Bernadette Kilbride said the savings could have been found elsewhere. “This is a choice, not a necessity,” she told the meeting.',
      'Pryce replied that the opposition had not put forward an alternative budget.',
    ],
    [
      q('agonising.', 'Janet Pryce'),
      q('Nobody goes into politics to shut libraries,', 'Janet Pryce'),
      q('This is a choice, not a necessity,', 'Bernadette Kilbride'),
    ],
  ),
  passage(
    'f2-local-02',
    ['local', 'unnamed', 'group'],
    [
      'Residents of the Fernhill estate say they have been without hot water for nine days.',
      '“I’ve been boiling kettles to wash my kids,” said one mother of three, who asked not to be named.',
      'The housing association said in a statement it was “working around the clock” to replace a failed boiler.',
      'About 40 residents gathered outside its offices on Friday, chanting “Fix it now.”',
    ],
    [
      q('I’ve been boiling kettles to wash my kids,', 'mother of three (unnamed)'),
      q('working around the clock', 'housing association'),
      q('Fix it now.', 'residents'),
    ],
  ),
  passage(
    'f2-review-01',
    ['culture', 'non_quote_quotation_marks'],
    [
      'Director Lena Marsh follows her debut, “The Quiet Harbour”, with “Glass Winter”, a slow and beautiful study of grief on a Baltic island.',
      'The score, which borrows from the folk song “Over the Water”, is used sparingly, and Marsh lets the long silences do the work.',
      'It is not an easy watch, but it is the best film I have seen this year.',
    ],
    [],
  ),
  passage(
    'f2-review-02',
    ['culture', 'non_quote_quotation_marks'],
    [
      'In “The Salt Road”, her third novel, Priya Castell tells the story of three sisters who run a failing guesthouse on the Norfolk coast.',
      'Readers of her earlier “Landfall” will recognise the dry humour, and the chapter titled “What the Tide Took” is as good as anything she has written.',
    ],
    [],
  ),
  passage(
    'f2-review-03',
    ['culture', 'non_quote_quotation_marks', 'interview'],
    [
      'The band’s fourth album, “Paper Lanterns”, is their quietest yet.',
      '“We wanted to make something you could listen to at two in the morning,” singer Noor Haddad said in an interview before the release.',
      'Its closing track, “Harbour Lights”, is already a favourite at their shows.',
    ],
    [q('We wanted to make something you could listen to at two in the morning,', 'Noor Haddad')],
  ),
  passage(
    'f2-opinion-01',
    ['opinion', 'scare_quotes', 'non_quote_quotation_marks'],
    [
      'Every few years the government announces a “bold new plan” for the railways, and every few years the trains get slower.',
      'The latest “reform” creates a new body with a new logo and the same managers. Passengers who were promised “world-class” services will settle for a seat.',
    ],
    [],
  ),
  passage(
    'f2-opinion-02',
    ['opinion', 'scare_quotes', 'non_quote_quotation_marks'],
    [
      'The word “affordable” has lost all meaning in housing policy.',
      'When the minister, Carl Jessop, calls a £450,000 flat affordable, he is not lying, exactly; he is using a “technical definition”.',
      '“We are building more homes than any government in a generation,” Jessop told MPs last week. He may be right. Nobody can afford them.',
    ],
    [q('We are building more homes than any government in a generation,', 'Carl Jessop')],
  ),
  passage(
    'f2-qa-01',
    ['transcript', 'interview'],
    [
      'Dr Yusuf Adeyemi, who takes over as head of the city’s ambulance service next month, spoke to us about waiting times.',
      'Q: How long is the average wait for an ambulance now?',
      'A: For the most serious calls, about nine minutes. That is too long.',
      'Q: What would bring it down?',
      'A: Getting crews out of hospital car parks faster.',
    ],
    [
      q('How long is the average wait for an ambulance now?', 'interviewer'),
      q('For the most serious calls, about nine minutes. That is too long.', 'Yusuf Adeyemi'),
      q('What would bring it down?', 'interviewer'),
      q('Getting crews out of hospital car parks faster.', 'Yusuf Adeyemi'),
    ],
  ),
  passage(
    'f2-transcript-01',
    ['transcript'],
    [
      'An extract from the hearing of the transport committee, where the rail operator’s chief executive was questioned by its chair.',
      'MCALLISTER: How many trains were cancelled last month?',
      'HARGREAVES: Just over four thousand.',
      'MCALLISTER: And how many of your managers received a bonus?',
    ],
    [
      q('How many trains were cancelled last month?', 'McAllister'),
      q('Just over four thousand.', 'Hargreaves'),
      q('And how many of your managers received a bonus?', 'McAllister'),
    ],
  ),
  passage(
    'f2-liveblog-01',
    ['liveblog'],
    [
      '14:32 — The prime minister’s spokesman has said the government “will not be rushed” into a decision on the runway.',
      '14:47 — Shadow transport secretary Anita Bose has responded. “Delay is itself a decision, and a costly one,” she said in a post on X.',
      '15:05 — Airport chief executive Colm Fitzgerald says he is “disappointed but not surprised.”',
    ],
    [
      q('will not be rushed', 'prime minister’s spokesman (unnamed)'),
      q('Delay is itself a decision, and a costly one,', 'Anita Bose'),
      q('disappointed but not surprised.', 'Colm Fitzgerald'),
    ],
  ),
  passage(
    'f2-british-01',
    ['british_single_quotes', 'said_mr'],
    [
      'A village shop run by volunteers for 30 years is to close because nobody will take over the rota.',
      "'We are all in our seventies now,' said Mr Beresford, 78, who has opened up on Tuesdays since 1994. 'The young ones commute.'",
      "His fellow volunteer Margaret Hale, 74, added: 'It's the end of an era, but we tried.'",
    ],
    [
      q('We are all in our seventies now,', 'Beresford'),
      q('The young ones commute.', 'Beresford'),
      q("It's the end of an era, but we tried.", 'Margaret Hale'),
    ],
  ),
  passage(
    'f2-british-02',
    ['british_single_quotes', 'same_gender', 'pronoun'],
    [
      'Two brothers who have run rival chip shops on the same street in Whitby for 25 years have finally agreed to merge them.',
      "'We stopped speaking in 1999 over a fish supplier,' said Derek Hollins. 'Daft, really.'",
      "His brother Alan Hollins laughed. 'It was his supplier, and it was a bad one,' he said.",
    ],
    [
      q('We stopped speaking in 1999 over a fish supplier,', 'Derek Hollins'),
      q('Daft, really.', 'Derek Hollins'),
      q('It was his supplier, and it was a bad one,', 'Alan Hollins'),
    ],
  ),
  passage(
    'f2-appositive-01',
    ['appositive', 'long_title'],
    [
      'The deputy director of the regional water authority’s flood-planning unit, Agnieszka Wolny, said the new barrier had been tested to its limits this week.',
      '“It held back the highest tide we have recorded since the barrier was built,” Wolny said.',
      'The former chairman of the Lower Ouse drainage board and a farmer in the valley for forty years, Dennis Tate, was less sure. “One good week proves nothing,” he said.',
    ],
    [q('It held back the highest tide we have recorded since the barrier was built,', 'Agnieszka Wolny'), q('One good week proves nothing,', 'Dennis Tate')],
  ),
  passage(
    'f2-appositive-02',
    ['appositive', 'long_title', 'phrase_between'],
    [
      '“We are not going to balance the books on the backs of children,” said Marcus Ellery, the Labour leader of Westbridge county council and chairman of its finance committee, at a budget meeting on Thursday.',
      '“The cuts will fall on roads and buildings first,” Ellery, speaking after the vote, told reporters.',
    ],
    [
      q('We are not going to balance the books on the backs of children,', 'Marcus Ellery'),
      q('The cuts will fall on roads and buildings first,', 'Marcus Ellery'),
    ],
  ),
  passage(
    'f2-paragraphs-01',
    ['unclosed_paragraph_quote', 'continuation'],
    [
      'Sister Bernadette Moran has run the night shelter on Quay Street for 22 years. She said this winter was the worst she had known.',
      '“We had 40 people sleeping on the floor on Tuesday night, and we have beds for 25. We turned nobody away.',
      '“Some of them were working people. A bus driver. A nurse. That is new.',
      '“I don’t know what happens next year.”',
    ],
    [
      q('We had 40 people sleeping on the floor on Tuesday night, and we have beds for 25. We turned nobody away.', 'Bernadette Moran'),
      q('Some of them were working people. A bus driver. A nurse. That is new.', 'Bernadette Moran'),
      q('I don’t know what happens next year.', 'Bernadette Moran'),
    ],
  ),
  passage(
    'f2-unnamed-01',
    ['unnamed', 'wire', 'dateline'],
    [
      'GENEVA — Talks on a ceasefire in the Marrakan highlands stalled on Wednesday after one delegation walked out, diplomats said.',
      '“They were never serious about a ceasefire,” said a senior Western diplomat, who spoke on condition of anonymity because the talks are confidential.',
      'A member of the delegation that left said it would return “when the other side stops shelling villages.”',
    ],
    [
      q('They were never serious about a ceasefire,', 'senior Western diplomat (unnamed)'),
      q('when the other side stops shelling villages.', 'member of the delegation (unnamed)'),
    ],
  ),
  passage(
    'f2-unnamed-02',
    ['unnamed', 'one_of_them'],
    [
      'Two nurses at St Columba’s hospital said they had been told not to report staffing shortages on the official incident system.',
      '“We were told it would reflect badly on the ward,” one of them said.',
      'The other said: “I have been a nurse for 15 years and I have never been asked to do that before.”',
    ],
    [
      q('We were told it would reflect badly on the ward,', 'nurse (unnamed)'),
      q('I have been a nurse for 15 years and I have never been asked to do that before.', 'nurse (unnamed)'),
    ],
  ),
  passage(
    'f2-group-01',
    ['group', 'organisation'],
    [
      'Thousands of farmers drove tractors into the centre of Valmont on Monday, blocking the main boulevard for hours.',
      'The protesters chanted “No farms, no food” as they passed the agriculture ministry.',
      'The Farmers’ Union said in a statement that the new rules were “written by people who have never milked a cow.”',
      '“We understand their frustration,” a ministry spokeswoman said. “The door remains open.”',
    ],
    [
      q('No farms, no food', 'protesters'),
      q('written by people who have never milked a cow.', 'Farmers’ Union'),
      q('We understand their frustration,', 'ministry spokeswoman (unnamed)'),
      q('The door remains open.', 'ministry spokeswoman (unnamed)'),
    ],
  ),
  passage(
    'f2-passive-01',
    ['passive', 'quoted_as_saying'],
    [
      'The head of the national football federation, Ruben Ortiz, was quoted as saying the coach had “the full backing of the board.”',
      'Two days later the coach, Emil Sandoval, was sacked.',
      'Sandoval was described by one former player as “the most honest man in the game.”',
    ],
    [q('the full backing of the board.', 'Ruben Ortiz'), q('the most honest man in the game.', 'former player (unnamed)')],
  ),
  passage(
    'f2-according-01',
    ['according_to', 'document'],
    [
      'The town’s only maternity unit will close at night from April, according to an internal memo seen by the Courier.',
      'According to the memo, the decision was taken “to ensure safe staffing across the trust.”',
      'Local MP Fiona Carradine said she was “appalled” and would raise the matter in Parliament.',
    ],
    [q('to ensure safe staffing across the trust.', 'the memo'), q('appalled', 'Fiona Carradine')],
  ),
  passage(
    'f2-social-01',
    ['social_media'],
    [
      'The singer Kieran Bassett has cancelled the rest of his tour, citing exhaustion.',
      '“I have given everything to these shows and there is nothing left in the tank,” Bassett wrote on Instagram on Sunday. “I am so sorry.”',
      'His promoter, Lola Grant, posted on Facebook that refunds would be issued within 14 days.',
    ],
    [q('I have given everything to these shows and there is nothing left in the tank,', 'Kieran Bassett'), q('I am so sorry.', 'Kieran Bassett')],
  ),
  passage(
    'f2-social-02',
    ['social_media', 'quote_about_someone'],
    [
      'The mayor of Port Ellis, Dana Whitfield, took to social media on Friday to defend the city’s police chief.',
      '“Chief Ramon Duarte has my full confidence,” Whitfield posted. “He has cut violent crime by a third.”',
      'Duarte has faced calls to resign after a video of an arrest circulated online.',
    ],
    [q('Chief Ramon Duarte has my full confidence,', 'Dana Whitfield'), q('He has cut violent crime by a third.', 'Dana Whitfield')],
  ),
  passage(
    'f2-gender-01',
    ['same_gender', 'pronoun'],
    [
      'Sofia Marchetti and Hannah Lowe, the two candidates for the party leadership, clashed over tax in a televised debate on Tuesday night.',
      '“We cannot cut taxes and fund the hospitals at the same time,” Marchetti said.',
      '“You can if you stop wasting money,” Lowe replied. “I have shown where the savings are.”',
      'Marchetti laughed. “You have shown a list of wishes,” she said.',
    ],
    [
      q('We cannot cut taxes and fund the hospitals at the same time,', 'Sofia Marchetti'),
      q('You can if you stop wasting money,', 'Hannah Lowe'),
      q('I have shown where the savings are.', 'Hannah Lowe'),
      q('You have shown a list of wishes,', 'Sofia Marchetti'),
    ],
  ),
  passage(
    'f2-gender-02',
    ['same_gender', 'role_then_pronoun'],
    [
      'The school’s head teacher, Martin Cole, said the inspection report was “a fair reflection of where we were last year.”',
      'Parent governor Stephen Ashby, whose two sons attend the school, disagreed with some of its findings. The head teacher said he would meet parents next week. “I want to hear every concern,” he said.',
    ],
    [q('a fair reflection of where we were last year.', 'Martin Cole'), q('I want to hear every concern,', 'Martin Cole')],
  ),
  passage(
    'f2-about-01',
    ['quote_about_someone'],
    [
      '“Eleanor Vance saved my life,” said Peter Mulgrew, whose heart stopped while he was out running in Hallam Park in June.',
      'Vance, an off-duty paramedic, gave him CPR for eleven minutes until an ambulance arrived. “Anyone trained would have done the same,” she said.',
    ],
    [q('Eleanor Vance saved my life,', 'Peter Mulgrew'), q('Anyone trained would have done the same,', 'Eleanor Vance')],
  ),
  passage(
    'f2-headline-01',
    ['headline', 'british_single_quotes'],
    [
      "Minister: 'No more money for the bypass'",
      'The transport minister, Gareth Lyle, has ruled out further funding for the Eastgate bypass, which is already £80m over budget.',
      '“The taxpayer cannot be asked to write another blank cheque,” Lyle said on Monday.',
    ],
    [q('The taxpayer cannot be asked to write another blank cheque,', 'Gareth Lyle')],
  ),
  passage(
    'f2-nonquote-01',
    ['non_quote_quotation_marks', 'nickname'],
    [
      'Arthur “Bunny” Caldwell, the jockey who won the Northern Cup three times, has retired at 41.',
      'He rode his last winner, a horse named “Silver Tally”, at Ripon on Saturday.',
    ],
    [],
  ),
  passage(
    'f2-nonquote-02',
    ['non_quote_quotation_marks', 'scare_quotes'],
    [
      'The council’s new “smart” bins, which tell the depot when they are full, have been “full” every day since they were installed.',
      'Officials blame a software fault. Residents blame the bins.',
    ],
    [],
  ),
  passage(
    'f2-nonquote-03',
    ['non_quote_quotation_marks', 'title'],
    [
      'Tickets for the new run of “The Mousetrap of Marlow” go on sale on Friday.',
      'The theatre will also stage “An Evening with the Brontës” in March and a new adaptation of “Cold Comfort Farm” in the summer.',
    ],
    [],
  ),
  passage(
    'f2-transport-01',
    ['organisation', 'pronoun_after_organisation', 'phrase_between'],
    [
      'Commuters faced a third day of disruption on Wednesday as Southvale Rail cancelled 200 services because of a shortage of drivers.',
      '“We apologise to passengers for the disruption,” the operator said in a statement released on Tuesday evening. “A revised timetable will run until further notice.”',
      'Passenger group Rail Users Together said the apology was “worthless without a plan.”',
    ],
    [
      q('We apologise to passengers for the disruption,', 'Southvale Rail'),
      q('A revised timetable will run until further notice.', 'Southvale Rail'),
      q('worthless without a plan.', 'Rail Users Together'),
    ],
  ),
  passage(
    'f2-election-01',
    ['politics', 'same_gender', 'role_noun'],
    [
      'Independent candidate Raj Malhotra won the Kirkhaven by-election by 312 votes early on Friday, ending 40 years of Conservative control.',
      '“Tonight Kirkhaven voted for itself,” Malhotra told supporters at the count.',
      'The defeated Conservative, Hugh Pemberton, congratulated him. “The people have spoken and I respect that,” said the former minister.',
    ],
    [q('Tonight Kirkhaven voted for itself,', 'Raj Malhotra'), q('The people have spoken and I respect that,', 'Hugh Pemberton')],
  ),
  passage(
    'f2-obit-01',
    ['obituary', 'group'],
    [
      'Winifred Osei, who founded the first Ghanaian community choir in Birmingham, has died aged 91.',
      '“She could make anyone sing, even people who swore they could not,” her daughter, Abena Osei-Grant, said.',
      'In a statement, the choir said it would sing at her funeral. “It is what she would have wanted,” the statement said.',
    ],
    [q('She could make anyone sing, even people who swore they could not,', 'Abena Osei-Grant'), q('It is what she would have wanted,', 'the choir')],
  ),
  passage(
    'f2-tech-01',
    ['business', 'organisation', 'unnamed'],
    [
      'Quillbyte, the messaging app, was unavailable for millions of users for about four hours on Thursday.',
      '“A configuration change caused the outage, and it has been reversed,” a spokesperson for Quillbyte said in an email.',
      'The company’s founder, Ines Laurent, apologised on X: “We let you down today. We will publish a full account.”',
    ],
    [
      q('A configuration change caused the outage, and it has been reversed,', 'spokesperson for Quillbyte (unnamed)'),
      q('We let you down today. We will publish a full account.', 'Ines Laurent'),
    ],
  ),
  passage(
    'f2-police-02',
    ['police', 'said_mr', 'british_single_quotes', 'quote_about_someone'],
    [
      'The family of a teenager killed in a hit-and-run in Dunston have appealed for the driver to come forward.',
      "'Callum was the kindest boy you could meet,' said his father, Graham Tierney. 'Somebody knows who did this.'",
      "Chief Inspector Rosa Quinlan said: 'We are following a number of lines of inquiry.'",
    ],
    [
      q('Callum was the kindest boy you could meet,', 'Graham Tierney'),
      q('Somebody knows who did this.', 'Graham Tierney'),
      q('We are following a number of lines of inquiry.', 'Rosa Quinlan'),
    ],
  ),
];
