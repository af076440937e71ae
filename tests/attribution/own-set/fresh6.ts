// The own set's seventh part ("fresh 6"): written at the start of the sixth round of rules, before
// any rule change of that round, in house styles the earlier parts have less of: wire copy
// (Reuters, AP and AFP datelines, "told Reuters", "one of the diplomats said"), a British broadsheet
// ("said Mr Tate", single quotes), a US local paper (school boards, sheriffs, township meetings), a
// business wire press release, a sports desk on both sides of the Atlantic, magazine features in the
// present tense, interviews (Q/A and NAME: turns); several people of one gender, speakers described
// and never named, organisations, agencies, audits, papers and letters speaking, scare quotes and
// titles. Measured only: its mistakes are not looked at while tuning (score-own.ts shows them only
// with --fresh6), so it stays a check on news nobody tuned on. Same gold conventions as
// passages.ts. People, places and organisations are made up.
import type { GoldItem } from '../dev-metrics';
import { passage, q } from './passages';

export const ownSetFresh6: GoldItem[] = [
  passage(
    'f6-wire-01',
    ['wire', 'dateline', 'unnamed', 'organisation', 'partial_quote'],
    [
      'TALVORA, Meridia (Reuters) - Meridia’s central bank held its benchmark rate at 6.5% on Wednesday, defying calls from the finance ministry for a cut to support a slowing economy.',
      '"Inflation is not yet where we need it to be," Governor Ilse Varga told a news conference after the decision.',
      'A finance ministry official, speaking on condition of anonymity because the discussions were private, told Reuters the ministry was "disappointed but not surprised."',
      'The bank said in its statement that future decisions would "depend on the data."',
    ],
    [
      q('Inflation is not yet where we need it to be,', 'Ilse Varga'),
      q('disappointed but not surprised.', 'official (unnamed)'),
      q('depend on the data.', 'central bank'),
    ],
  ),
  passage(
    'f6-broadsheet-01',
    ['politics', 'british_single_quotes', 'same_gender', 'said_mr', 'unnamed'],
    [
      'The Home Secretary faced open dissent from her own benches last night as three backbench MPs said they would vote against the asylum bill.',
      'Sir Peter Lang, who chairs the home affairs committee, said the bill was ‘unworkable in its present form’. ‘I have supported every one of these measures until now, and I cannot support this one,’ he said.',
      'Sir Peter’s colleague Tom Ridley, MP for Fenwick, was blunter. ‘It will not survive contact with the courts,’ said Mr Ridley.',
      'A Home Office source insisted the government had ‘the numbers it needs’.',
    ],
    [
      q('unworkable in its present form', 'Peter Lang'),
      q('I have supported every one of these measures until now, and I cannot support this one,', 'Peter Lang'),
      q('It will not survive contact with the courts,', 'Tom Ridley'),
      q('the numbers it needs', 'source (unnamed)'),
    ],
  ),
  passage(
    'f6-local-01',
    ['local', 'us_local', 'same_gender', 'partial_quote'],
    [
      'The Pinecrest school board voted 4-3 Tuesday night to move the start of the high school day to 8:45 a.m., beginning next fall.',
      'Board member Denise Albright, who voted for the change, said research on teenagers’ sleep was “impossible to ignore.” “We’ve been asking kids to learn at an hour their bodies aren’t ready for,” she said.',
      'Board president Carol Wendt voted no. She said the later start would push sports practices past dark in winter. “I’m not against the science. I’m against the bus schedule,” Wendt said.',
    ],
    [
      q('impossible to ignore.', 'Denise Albright'),
      q('We’ve been asking kids to learn at an hour their bodies aren’t ready for,', 'Denise Albright'),
      q('I’m not against the science. I’m against the bus schedule,', 'Carol Wendt'),
    ],
  ),
  passage(
    'f6-bizwire-01',
    ['business', 'press_release', 'said_x'],
    [
      'SAN LORENZO, Calif.--(BUSINESS WIRE)--Veltrix Systems, Inc. (NASDAQ: VLTX), a provider of industrial sensing software, today announced financial results for its fiscal third quarter ended September 30.',
      '"We delivered record revenue this quarter as customers continued to consolidate on our platform," said Priya Raman, chief executive officer of Veltrix. "Our pipeline entering the fourth quarter is the strongest in our history."',
      '"Gross margin expanded for the fifth consecutive quarter," added Michael Osei, chief financial officer.',
    ],
    [
      q('We delivered record revenue this quarter as customers continued to consolidate on our platform,', 'Priya Raman'),
      q('Our pipeline entering the fourth quarter is the strongest in our history.', 'Priya Raman'),
      q('Gross margin expanded for the fifth consecutive quarter,', 'Michael Osei'),
    ],
  ),
  passage(
    'f6-sport-01',
    ['sport', 'same_gender', 'partial_quote', 'said_x'],
    [
      'Ferrand Athletic’s unbeaten run ended at 14 games on Saturday as Colbury won 2-0 at the Mill Ground.',
      'Colbury manager Steve Rourke said his players had “done the boring things brilliantly.” “Nobody gives us a chance at places like this, and I love that,” he said.',
      'His opposite number, Alan Pryor, refused to blame the referee for the penalty that settled the game. “It was a penalty. We were poor. Simple as that,” said Pryor.',
    ],
    [
      q('done the boring things brilliantly.', 'Steve Rourke'),
      q('Nobody gives us a chance at places like this, and I love that,', 'Steve Rourke'),
      q('It was a penalty. We were poor. Simple as that,', 'Alan Pryor'),
    ],
  ),
  passage(
    'f6-feature-01',
    ['feature', 'magazine', 'present_tense', 'described_not_named', 'continuation'],
    [
      'On the third floor of a converted mill in Hebden Cross, a woman in a paint-spattered apron is arguing with a loom.',
      'Ruth Carrow has been weaving for forty years, and the loom, she says, has been winning for most of them. “It is older than me and it has opinions,” she says. “Some days it simply will not.”',
      'Her apprentice, a 19-year-old who left school early and found the studio through a youth scheme, watches from a stool. “I thought it would be calm,” he says. “It is not calm.”',
    ],
    [
      q('It is older than me and it has opinions,', 'Ruth Carrow'),
      q('Some days it simply will not.', 'Ruth Carrow'),
      q('I thought it would be calm,', 'apprentice (unnamed)'),
      q('It is not calm.', 'apprentice (unnamed)'),
    ],
  ),
  passage(
    'f6-interview-01',
    ['interview', 'qa', 'culture'],
    [
      'The novelist Odile Marchetti’s new book follows three sisters through a flood. She spoke to us from her home in Trevano.',
      'Q: Why a flood?',
      'A: Because everything floats up. Old letters, old grudges.',
      'Q: Your sisters never forgive each other.',
      'A: No. I don’t think forgiveness is the point of a family. Staying is.',
    ],
    [
      q('Why a flood?', 'interviewer'),
      q('Because everything floats up. Old letters, old grudges.', 'Odile Marchetti'),
      q('Your sisters never forgive each other.', 'interviewer'),
      q('No. I don’t think forgiveness is the point of a family. Staying is.', 'Odile Marchetti'),
    ],
  ),
  passage(
    'f6-org-01',
    ['farming', 'organisation', 'document', 'partial_quote'],
    [
      'The Grain Growers’ Association has called on the government to delay new pesticide rules by two years, saying farmers have had “no realistic time to adapt.”',
      'In a letter to the agriculture minister, the association said the rules would “put hundreds of family farms at risk this season.”',
      'The ministry said the rules had been “consulted on extensively” and would go ahead as planned.',
    ],
    [
      q('no realistic time to adapt.', 'Grain Growers’ Association'),
      q('put hundreds of family farms at risk this season.', 'Grain Growers’ Association'),
      q('consulted on extensively', 'the ministry'),
    ],
  ),
  passage(
    'f6-courts-01',
    ['courts', 'us_local', 'same_gender', 'partial_quote'],
    [
      'A federal jury in Harlow County on Thursday convicted a former city treasurer of embezzling $1.2 million from a pension fund she oversaw.',
      'Assistant U.S. Attorney Nadia Brooks told jurors in closing arguments that Linda Fairchild had “treated the pension fund like a personal checking account.”',
      'Fairchild’s attorney, Joan Mercer, said her client would appeal. “The jury did not hear the whole story, and an appeals court will,” Mercer said outside the courthouse.',
      'Fairchild, 58, did not speak to reporters. She faces up to 20 years in prison.',
    ],
    [
      q('treated the pension fund like a personal checking account.', 'Nadia Brooks'),
      q('The jury did not hear the whole story, and an appeals court will,', 'Joan Mercer'),
    ],
  ),
  passage(
    'f6-wire-02',
    ['wire', 'dateline', 'disaster', 'described_not_named', 'organisation'],
    [
      'PORT ALDER, Westmark (AP) — Rescuers dug through mud with their hands Sunday after a landslide buried at least a dozen homes in this hillside town, officials said.',
      'A man who gave his name only as Teodor, 61, said his sister’s house had been at the bottom of the slope. “I heard it before I saw it. Like a train,” he said.',
      'The regional governor’s office said 23 people were missing. “Every hour matters now,” the office said in a statement.',
    ],
    [q('I heard it before I saw it. Like a train,', 'Teodor'), q('Every hour matters now,', 'regional governor’s office')],
  ),
  passage(
    'f6-local-02',
    ['local', 'non_quote_quotation_marks', 'scare_quotes'],
    [
      'The council’s “temporary” car park on Mill Street is now in its ninth year.',
      'Its “pay and display” machines have not worked since March, and the “overflow” area floods whenever it rains.',
    ],
    [],
  ),
  passage(
    'f6-culture-01',
    ['culture', 'film', 'non_quote_quotation_marks', 'title'],
    [
      'The Caldwell Arts Centre will show “The Long Field” and “Salt and Iron” as part of its winter season, alongside a restored print of “Night Train to Ostend.”',
    ],
    [],
  ),
  passage(
    'f6-science-01',
    ['science', 'broadsheet', 'document', 'relative_clause'],
    [
      'Children who walk to school concentrate better in morning lessons than those who are driven, according to a study of 1,400 pupils in the north of England.',
      'The study, published in the journal Child Development Review, found that the effect was “modest but consistent” across ages.',
      'Dr Hannah Whitcombe, of Northfell University, who led the research, said: “We were surprised how quickly it showed up — within the first term.”',
    ],
    [q('modest but consistent', 'the study'), q('We were surprised how quickly it showed up — within the first term.', 'Hannah Whitcombe')],
  ),
  passage(
    'f6-sport-02',
    ['sport', 'us_local', 'same_gender', 'pronoun', 'partial_quote'],
    [
      'Quarterback Jalen Pierce threw for 312 yards and three touchdowns as the Cedar Falls Hawks beat Monroe 35-17 on Friday night.',
      '"Jalen saw everything tonight," coach Rick Dawson said. "When he’s like that, we just get out of the way."',
      'Pierce credited his offensive line. "Those guys gave me all day back there," he said.',
      'Monroe coach Bill Hensley said his team "got beat by a better team."',
    ],
    [
      q('Jalen saw everything tonight,', 'Rick Dawson'),
      q('When he’s like that, we just get out of the way.', 'Rick Dawson'),
      q('Those guys gave me all day back there,', 'Jalen Pierce'),
      q('got beat by a better team.', 'Bill Hensley'),
    ],
  ),
  passage(
    'f6-politics-01',
    ['politics', 'wire', 'same_gender', 'pronoun', 'partial_quote'],
    [
      'Ostravian opposition leader Mirela Danek accused Prime Minister Ana Sorel on Monday of “hiding behind the courts” after a judge blocked a referendum on the new constitution.',
      'Sorel said the ruling showed “the system works.” “I did not ask the judges for anything. They did their job,” she told reporters in the capital.',
      'Danek said her party would hold rallies in six cities next month.',
    ],
    [
      q('hiding behind the courts', 'Mirela Danek'),
      q('the system works.', 'Ana Sorel'),
      q('I did not ask the judges for anything. They did their job,', 'Ana Sorel'),
    ],
  ),
  passage(
    'f6-local-03',
    ['local', 'british_single_quotes', 'described_not_named', 'relative_clause'],
    [
      'Villagers in Upper Wexcombe have won their fight to keep their last red phone box, which has been turned into a book exchange.',
      'The parish council chairman, a retired postman who has lived in the village all his life, said the telephone company had agreed to sell it for £1. ‘It is the only thing in the village that is open 24 hours,’ he said.',
      'Another resident, Margaret Hale, 82, said she visited it twice a week. ‘I have read more books since it stopped being a phone box than I did in the twenty years before,’ she said.',
    ],
    [
      q('It is the only thing in the village that is open 24 hours,', 'chairman (unnamed)'),
      q('I have read more books since it stopped being a phone box than I did in the twenty years before,', 'Margaret Hale'),
    ],
  ),
  passage(
    'f6-feature-02',
    ['feature', 'magazine', 'present_tense', 'said_x', 'same_gender', 'quote_about_someone'],
    [
      'When Dara Okafor opened her first restaurant in 2015, a critic for the city’s alt-weekly called it “a pleasant mistake.”',
      '“I framed that review,” Okafor says, laughing. “It’s in the bathroom.”',
      'Her business partner, Ife Nwosu, remembers the early days differently. “We were three weeks from closing. Dara won’t tell you that,” says Nwosu.',
    ],
    [
      q('a pleasant mistake.', 'critic (unnamed)'),
      q('I framed that review,', 'Dara Okafor'),
      q('It’s in the bathroom.', 'Dara Okafor'),
      q('We were three weeks from closing. Dara won’t tell you that,', 'Ife Nwosu'),
    ],
  ),
  passage(
    'f6-business-01',
    ['business', 'earnings', 'organisation', 'said_x'],
    [
      'Shares in the grocer Harlan Foods fell 9% on Tuesday after it cut its profit forecast for the second time this year.',
      'The company blamed “persistent cost inflation” in fresh produce.',
      '“The market had priced in one downgrade, not two,” said Sunita Batra, an analyst at Kellerway Securities. “Credibility is now the issue.”',
      'A spokeswoman for Harlan declined to comment beyond the statement.',
    ],
    [
      q('persistent cost inflation', 'Harlan Foods'),
      q('The market had priced in one downgrade, not two,', 'Sunita Batra'),
      q('Credibility is now the issue.', 'Sunita Batra'),
    ],
  ),
  passage(
    'f6-wire-03',
    ['wire', 'dateline', 'unnamed', 'one_of_them'],
    [
      'VESTRA, March 4 (Reuters) - European Union governments are close to agreeing a deal on joint ammunition purchases, three diplomats said on Tuesday.',
      '"The text is 90% there. The last 10% is money," one of the diplomats said.',
      'Another said two countries were still holding out for changes to how contracts would be awarded.',
    ],
    [q('The text is 90% there. The last 10% is money,', 'diplomat (unnamed)')],
  ),
  passage(
    'f6-police-01',
    ['crime', 'police', 'organisation', 'unnamed'],
    [
      'Police in Dunmore are appealing for witnesses after a cyclist was seriously injured in a hit-and-run late on Friday.',
      'Dunmore Constabulary said the driver of a dark blue van had failed to stop. “We would urge anyone with dashcam footage from that stretch of road to come forward,” a spokesman for the force said.',
      'The cyclist, a man in his 40s, remains in hospital in a stable condition.',
    ],
    [q('We would urge anyone with dashcam footage from that stretch of road to come forward,', 'spokesman (unnamed)')],
  ),
  passage(
    'f6-sport-03',
    ['sport', 'tennis', 'same_gender', 'partial_quote', 'pronoun'],
    [
      'Katya Morozova beat the defending champion, Lena Hart, 6-3, 6-4 to reach the final in Eastbourne on Friday.',
      'Morozova, 22, said she had “nothing to lose” against the world No 4. “I played like I was practising. No nerves at all,” she said.',
      'Hart, who had treatment on her shoulder in the second set, said she would have a scan before Wimbledon. “It is not serious, I hope. But I could not serve properly,” she said.',
    ],
    [
      q('nothing to lose', 'Katya Morozova'),
      q('I played like I was practising. No nerves at all,', 'Katya Morozova'),
      q('It is not serious, I hope. But I could not serve properly,', 'Lena Hart'),
    ],
  ),
  passage(
    'f6-interview-02',
    ['interview', 'transcript'],
    [
      'The following is an edited transcript of an interview with the harbour master, Colm Breen.',
      'INTERVIEWER: How bad was the storm?',
      'BREEN: Worst I have seen in thirty years. We lost four moorings.',
      'INTERVIEWER: Will the harbour reopen this week?',
      'BREEN: If the divers say so. Not before.',
    ],
    [
      q('How bad was the storm?', 'interviewer'),
      q('Worst I have seen in thirty years. We lost four moorings.', 'Colm Breen'),
      q('Will the harbour reopen this week?', 'interviewer'),
      q('If the divers say so. Not before.', 'Colm Breen'),
    ],
  ),
  passage(
    'f6-gov-01',
    ['us_local', 'document', 'report', 'partial_quote'],
    [
      'An audit of the Ridgeway Water District found that nearly a third of its meters had not been read in more than a year.',
      'The report, released Monday by the state comptroller’s office, described record keeping at the district as “chaotic and in places nonexistent.”',
      'District general manager Paul Tierney said in an interview that the findings were “fair” and that new software would be in place by summer.',
    ],
    [q('chaotic and in places nonexistent.', 'the report'), q('fair', 'Paul Tierney')],
  ),
  passage(
    'f6-feature-03',
    ['feature', 'same_gender', 'shared_surname', 'quote_about_someone'],
    [
      'The brothers who run the Salter Street bakery, Amir and Karim Haddad, do not agree on much, but they agree on bread.',
      '“Karim is the scientist. I am the one who talks to customers,” Amir said.',
      'Karim, who starts work at 3 a.m., shrugged. “He talks. I bake. It works,” he said.',
    ],
    [q('Karim is the scientist. I am the one who talks to customers,', 'Amir Haddad'), q('He talks. I bake. It works,', 'Karim Haddad')],
  ),
  passage(
    'f6-wire-04',
    ['wire', 'said_x', 'unnamed', 'relative_clause', 'partial_quote'],
    [
      'Farmers in the drought-hit south have begun selling cattle at half last year’s prices, traders said.',
      '“There is no grass, no water, and the banks want their money,” said Joseph Mwangi, who farms 200 acres near Karoso. “What choice do we have?”',
      'A livestock trader at the Karoso market, who asked that his name not be used, told AFP that prices had “fallen off a cliff” since January.',
    ],
    [
      q('There is no grass, no water, and the banks want their money,', 'Joseph Mwangi'),
      q('What choice do we have?', 'Joseph Mwangi'),
      q('fallen off a cliff', 'trader (unnamed)'),
    ],
  ),
  passage(
    'f6-council-01',
    ['local', 'us_local', 'council', 'organisation', 'said_x'],
    [
      'Residents packed the Millbrook Township meeting Monday to oppose a proposed warehouse on farmland off Route 9.',
      '“This is the last open field on this road,” said Janet Kowalski, who lives across from the site. “Once it’s paved, it’s gone.”',
      'The developer, Ironline Logistics, said in a written statement that the project would bring “more than 300 permanent jobs to the township.”',
      'Township committee member Greg Fenton said the board would vote in April. He said he had not made up his mind.',
    ],
    [
      q('This is the last open field on this road,', 'Janet Kowalski'),
      q('Once it’s paved, it’s gone.', 'Janet Kowalski'),
      q('more than 300 permanent jobs to the township.', 'Ironline Logistics'),
    ],
  ),
  passage(
    'f6-health-01',
    ['health', 'unnamed', 'relative_clause', 'organisation', 'partial_quote'],
    [
      'A mother whose son waited 14 hours in the emergency department at St Brennan’s Hospital has called the delay “inhuman.”',
      'The woman, who asked not to be named to protect her son’s privacy, said he was left on a trolley in a corridor with a broken leg. “Nobody told us anything for hours at a time,” she said.',
      'St Brennan’s said in a statement that it was “extremely sorry” and had contacted the family.',
    ],
    [q('inhuman.', 'mother (unnamed)'), q('Nobody told us anything for hours at a time,', 'mother (unnamed)'), q('extremely sorry', 'St Brennan’s Hospital')],
  ),
  passage(
    'f6-sport-04',
    ['sport', 'cricket', 'british_single_quotes', 'said_x', 'same_gender'],
    [
      'Yorvale’s captain, Ben Stratton, made 142 as his side chased down 310 on the final afternoon at Pelham Road.',
      '‘That was as good as I have batted,’ said Stratton, who was dropped on 12. ‘I rode my luck early.’',
      'The Marshfield coach, Dave Irwin, said his bowlers had been ‘flat’ after tea. ‘We did not take our chances and he punished us,’ he said.',
    ],
    [
      q('That was as good as I have batted,', 'Ben Stratton'),
      q('I rode my luck early.', 'Ben Stratton'),
      q('flat', 'Dave Irwin'),
      q('We did not take our chances and he punished us,', 'Dave Irwin'),
    ],
  ),
  passage(
    'f6-tech-01',
    ['tech', 'organisation', 'written', 'partial_quote'],
    [
      'Chatterly, the messaging app, said on Thursday it would stop selling user data to advertisers from next month.',
      'The company said the change would cost it “a meaningful share” of revenue. Its founder, Rosa Lindqvist, wrote on her blog that the decision was “years overdue.”',
      '“We built something people trust with their secrets. We should act like it,” she wrote.',
    ],
    [
      q('a meaningful share', 'Chatterly'),
      q('years overdue.', 'Rosa Lindqvist'),
      q('We built something people trust with their secrets. We should act like it,', 'Rosa Lindqvist'),
    ],
  ),
  passage(
    'f6-crime-01',
    ['crime', 'us_local', 'described_not_named', 'same_gender'],
    [
      'A Dorrance man was arrested Saturday after a standoff with police that lasted nearly six hours, authorities said.',
      'Sheriff Wade Collins said deputies had been called to a home on Orchard Lane after reports of gunshots. “Our people showed a lot of patience today,” Collins said.',
      'A neighbor who watched from across the street said he had known the suspect for years. “He was always friendly. I don’t understand it,” the neighbor said.',
    ],
    [q('Our people showed a lot of patience today,', 'Wade Collins'), q('He was always friendly. I don’t understand it,', 'neighbor (unnamed)')],
  ),
  passage(
    'f6-obit-01',
    ['obituary', 'shared_surname', 'quote_about_someone'],
    [
      'Evelyn Marsh, who ran the Corner Bookshop in Tilby for 51 years, has died aged 88.',
      'Her daughter, Clare Marsh, said she had worked in the shop until last spring. “Mum thought retirement was for other people,” she said.',
      'A regular customer, the poet Sam Ibbott, called her “the best-read person in the county.”',
    ],
    [q('Mum thought retirement was for other people,', 'Clare Marsh'), q('the best-read person in the county.', 'Sam Ibbott')],
  ),
  passage(
    'f6-weather-01',
    ['weather', 'organisation', 'said_x'],
    [
      'Forecasters warned of a second storm in three days, with gusts of up to 80 mph expected along the west coast on Thursday.',
      'The Met Service said the storm, named Orla, would bring “a danger to life from flying debris.”',
      '“People should not travel unless they have to,” said the service’s chief forecaster, Gwen Talbot.',
    ],
    [q('a danger to life from flying debris.', 'Met Service'), q('People should not travel unless they have to,', 'Gwen Talbot')],
  ),
  passage(
    'f6-politics-02',
    ['politics', 'us', 'same_gender', 'unnamed', 'partial_quote'],
    [
      'Sen. Raymond Ostrowski said Wednesday he would not seek a fourth term, ending weeks of speculation in the state capital.',
      '"It’s time for somebody younger to carry this," Ostrowski said in a video posted to social media.',
      'According to two people familiar with his thinking, Ostrowski had told aides as early as December.',
      'Gov. Mark Delaney, a fellow Democrat, called him "a workhorse who never wanted to be a show horse."',
    ],
    [q('It’s time for somebody younger to carry this,', 'Raymond Ostrowski'), q('a workhorse who never wanted to be a show horse.', 'Mark Delaney')],
  ),
  passage(
    'f6-feature-04',
    ['feature', 'magazine', 'present_tense', 'same_gender'],
    [
      'The tattoo parlour on Vane Street has no sign. Customers find it by word of mouth, says its owner, Nell Garrity, who opened it in 1994.',
      '“If you need a sign to find me, you probably don’t need a tattoo,” Garrity says.',
      'Her first customer, a nurse named Patricia, still comes in every year. “She did my first one when I was 30. I’m 60 now and I’ve got 31,” Patricia says.',
    ],
    [
      q('If you need a sign to find me, you probably don’t need a tattoo,', 'Nell Garrity'),
      q('She did my first one when I was 30. I’m 60 now and I’ve got 31,', 'Patricia'),
    ],
  ),
  passage(
    'f6-courts-02',
    ['courts', 'broadsheet', 'british_single_quotes', 'said_mr', 'same_gender'],
    [
      'A landlord who let a family live in a flat with no working heating for two winters has been fined £18,000.',
      'Sentencing Gerald Pike, 71, at Marlow Magistrates’ Court, District Judge Anthony Reese said his conduct had been ‘callous’.',
      'Mr Pike’s solicitor, Owen Tate, said his client was ‘deeply ashamed’. ‘He is an old man who stopped managing his affairs properly,’ Mr Tate said.',
    ],
    [q('callous', 'Anthony Reese'), q('deeply ashamed', 'Owen Tate'), q('He is an old man who stopped managing his affairs properly,', 'Owen Tate')],
  ),
  passage(
    'f6-sport-05',
    ['sport', 'organisation', 'statement', 'social_media'],
    [
      'Redmere United have sacked head coach Piotr Walczak after a run of one win in 12 matches.',
      'The club said in a statement that it was “grateful for his work” but that results had “fallen short of our expectations.”',
      'Walczak posted a photograph of the training ground on Instagram with the caption “Thank you for everything.”',
    ],
    [q('grateful for his work', 'Redmere United'), q('fallen short of our expectations.', 'Redmere United'), q('Thank you for everything.', 'Piotr Walczak')],
  ),
  passage(
    'f6-wire-05',
    ['wire', 'dateline', 'military', 'described_not_named', 'partial_quote'],
    [
      'GALDON, Vestria — The Vestrian army said on Friday it had retaken the border town of Hesk after three days of fighting.',
      'A military spokesman, Col. Ivan Petrak, told reporters that the town was “fully under our control.” “The enemy left in a hurry and left a great deal behind,” he said.',
      'Residents reached by phone described heavy shelling. “We stayed in the basement for two days,” said a woman who would give only her first name, Marta.',
    ],
    [
      q('fully under our control.', 'Ivan Petrak'),
      q('The enemy left in a hurry and left a great deal behind,', 'Ivan Petrak'),
      q('We stayed in the basement for two days,', 'Marta'),
    ],
  ),
  passage(
    'f6-business-02',
    ['business', 'merger', 'same_gender'],
    [
      'Brightwater Energy and Solent Power have agreed to merge in an all-share deal that values the combined company at $14 billion, the companies said Monday.',
      '“Together we will have the scale to build the grid this region needs,” Brightwater chief executive Laura Kingsley said in a joint statement.',
      'Solent’s chairman, Hugh Abernathy, will become chairman of the combined group. “This is a merger of equals in every sense,” he said.',
    ],
    [
      q('Together we will have the scale to build the grid this region needs,', 'Laura Kingsley'),
      q('This is a merger of equals in every sense,', 'Hugh Abernathy'),
    ],
  ),
  passage(
    'f6-education-01',
    ['education', 'same_gender', 'unnamed', 'relative_clause', 'partial_quote'],
    [
      'Teachers at Hollins Primary School say a new phonics scheme has transformed reading in the early years.',
      'The head teacher, Sarah Quayle, said the proportion of six-year-olds reading at the expected level had risen from 61% to 84%. “We did not expect it to move that fast,” she said.',
      'One reception teacher, who has taught at the school for 25 years, said the children “ask for books now.”',
    ],
    [q('We did not expect it to move that fast,', 'Sarah Quayle'), q('ask for books now.', 'teacher (unnamed)')],
  ),
  passage(
    'f6-opinion-01',
    ['opinion', 'non_quote_quotation_marks', 'scare_quotes'],
    [
      'The government’s “levelling up” fund has become a byword for announcements that arrive before the money does.',
      'Towns that were promised “transformational” investment three years ago are still waiting for the first spade in the ground.',
    ],
    [],
  ),
  passage(
    'f6-music-01',
    ['culture', 'music', 'non_quote_quotation_marks', 'title', 'partial_quote'],
    [
      'The band’s third album, “Glass Harbour,” opens with the single “Tidewater” and closes with a nine-minute instrumental, “Lanterns.”',
      'Singer Maisie Quell said the record was made “in one room, mostly at night.”',
    ],
    [q('in one room, mostly at night.', 'Maisie Quell')],
  ),
  passage(
    'f6-transport-01',
    ['transport', 'organisation', 'it_said', 'said_x'],
    [
      'Commuters on the Eastline faced a third day of cancellations on Wednesday after a signal failure near Aldgrove.',
      'Northway Rail said engineers were “working around the clock.” It said a full service would not return before the weekend.',
      '“I have been late for work every day this week,” said Tomasz Nowak, waiting for a train at Aldgrove station. “Nobody tells you anything.”',
    ],
    [
      q('working around the clock.', 'Northway Rail'),
      q('I have been late for work every day this week,', 'Tomasz Nowak'),
      q('Nobody tells you anything.', 'Tomasz Nowak'),
    ],
  ),
  passage(
    'f6-sport-06',
    ['sport', 'boxing', 'same_gender', 'pronoun', 'alternating'],
    [
      'Neither man wanted to talk about the fight at first. Then Danny Cole, the older of the two boxers, broke the silence.',
      '“He hit me after the bell. Everybody saw it,” Cole said.',
      'Across the room, Reggie Amos shook his head. “The bell was late. Ask anyone,” he said.',
      'Cole laughed. “Ask anyone who was standing in your corner,” he said.',
    ],
    [
      q('He hit me after the bell. Everybody saw it,', 'Danny Cole'),
      q('The bell was late. Ask anyone,', 'Reggie Amos'),
      q('Ask anyone who was standing in your corner,', 'Danny Cole'),
    ],
  ),
  passage(
    'f6-science-02',
    ['science', 'organisation', 'document', 'said_x'],
    [
      'A small asteroid will pass closer to Earth than many satellites next month, but poses no danger, astronomers said.',
      'The space agency’s planetary defence office said the object, about 10 metres across, would come within 25,000 km. “There is no chance of an impact,” said the office’s director, Amelia Fairweather.',
      'In a paper describing the discovery, the researchers wrote that such close passes were “more common than most people think.”',
    ],
    [q('There is no chance of an impact,', 'Amelia Fairweather'), q('more common than most people think.', 'researchers')],
  ),
  passage(
    'f6-local-04',
    ['local', 'us_local', 'police', 'organisation', 'continuation'],
    [
      'A 17-year-old driver was killed early Sunday when his car hit a tree on County Road 12, the Hale County Sheriff’s Office said.',
      'Sgt. Doug Harmon, a spokesman for the sheriff’s office, said speed appeared to be a factor. “It’s the third one on that curve this year,” Harmon said. “We keep asking people to slow down.”',
      'The teen’s name had not been released Sunday afternoon.',
    ],
    [q('It’s the third one on that curve this year,', 'Doug Harmon'), q('We keep asking people to slow down.', 'Doug Harmon')],
  ),
  passage(
    'f6-feature-05',
    ['feature', 'described_not_named', 'same_gender', 'unnamed'],
    [
      'At the food bank on Kerr Street, the queue starts before seven.',
      'A woman in a green coat, holding a toddler, said she had started coming in October. “My hours got cut. That was it,” she said.',
      'Behind her, an older woman said she had worked all her life. “I never thought I would be standing here,” she said.',
    ],
    [q('My hours got cut. That was it,', 'woman (unnamed)'), q('I never thought I would be standing here,', 'older woman (unnamed)')],
  ),
];
