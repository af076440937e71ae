// The own set's fourth part ("fresh 3"): written at the start of the third round of rules, before
// any rule change of that round, in genres and constructions spread as widely as we could
// (politics, councils, courts on both sides of the Atlantic, business, sport, science and health,
// culture, wire copy with datelines, crime, weather and disasters, tech, an interview and a
// hearing transcript), with long appositives, speakers before and after the quote, "said X"
// inversions, two people of one gender, unnamed sources, organisations, documents and groups as
// speakers, continuation paragraphs, quotes about someone, titles, nicknames and scare quotes that
// are not speech, British single quotes and Q&A. Measured only: its mistakes are not looked at
// while tuning (score-own.ts shows them only with --fresh3), so it stays a check on news nobody
// tuned on. Same gold conventions as passages.ts. People, places and organisations are made up.
import type { GoldItem } from '../dev-metrics';
import { passage, q } from './passages';

export const ownSetFresh3: GoldItem[] = [
  passage(
    'f3-politics-01',
    ['politics', 'appositive', 'said_inversion'],
    [
      'The governing coalition in Tervana lost its majority on Thursday when the small Rural Alliance party walked out over a planned fuel tax.',
      '“We were not elected to make it more expensive to drive to work,” said Oskar Lindqvist, the Rural Alliance’s parliamentary leader, at a news conference in the capital.',
      'Prime Minister Adela Voss said she would try to govern as a minority. “The country needs a budget, not an election,” she told reporters outside her office.',
    ],
    [q('We were not elected to make it more expensive to drive to work,', 'Oskar Lindqvist'), q('The country needs a budget, not an election,', 'Adela Voss')],
  ),
  passage(
    'f3-politics-02',
    ['politics', 'same_gender', 'pronoun'],
    [
      'Senator Glen Mabry and Representative Curtis Oyelaran spent much of Tuesday’s town hall in Pine Hollow arguing over the highway bill.',
      '“This bill puts a bridge in every county that asked for one,” Mabry said.',
      'Oyelaran shook his head. “It puts a bridge in every county that donated to his campaign,” he said.',
      'Mabry called the remark “beneath the office.”',
    ],
    [
      q('This bill puts a bridge in every county that asked for one,', 'Glen Mabry'),
      q('It puts a bridge in every county that donated to his campaign,', 'Curtis Oyelaran'),
      q('beneath the office.', 'Glen Mabry'),
    ],
  ),
  passage(
    'f3-politics-03',
    ['politics', 'wire', 'dateline', 'unnamed', 'one_of_them'],
    [
      'BRELMONT, Osvania (AP) — The government of Osvania will delay next month’s local elections by at least six months, according to two senior officials who spoke on condition of anonymity because the decision has not been announced.',
      '“The security situation in the north does not allow a vote,” one of the officials said.',
      'Opposition leader Tamar Keshet, reached by telephone, called the delay “a coup in slow motion.”',
    ],
    [q('The security situation in the north does not allow a vote,', 'official (unnamed)'), q('a coup in slow motion.', 'Tamar Keshet')],
  ),
  passage(
    'f3-local-01',
    ['local', 'role_noun', 'continuation'],
    [
      'Hendry Bay councillors voted 7-2 on Monday night to ban overnight parking of motor homes on the seafront.',
      'Councillor Moira Tennant, who proposed the ban, said residents had complained for three summers. “People are waking up to generators running outside their bedroom windows,” she said.',
      'Campervan owner Dougie Rennie, 66, who has spent every August in the bay since he retired, said he felt “hounded out.”',
      '“We spend money in the shops and the pubs. Where do they think we are going to go?”',
    ],
    [
      q('People are waking up to generators running outside their bedroom windows,', 'Moira Tennant'),
      q('hounded out.', 'Dougie Rennie'),
      q('We spend money in the shops and the pubs. Where do they think we are going to go?', 'Dougie Rennie'),
    ],
  ),
  passage(
    'f3-local-02',
    ['local', 'organisation', 'pronoun_after_organisation'],
    [
      'The Westmarch water company has lifted a boil-water notice affecting 12,000 homes in the Calder valley, five days after a burst main let river water into the supply.',
      '“Tests over the past 48 hours have all come back clear,” Westmarch Water said in a statement on Saturday. It said customers would get a £30 credit on their next bill.',
      'Local councillor Priya Nandakumar said the credit was “an insult to families who spent a week buying bottled water.”',
    ],
    [
      q('Tests over the past 48 hours have all come back clear,', 'Westmarch Water'),
      q('an insult to families who spent a week buying bottled water.', 'Priya Nandakumar'),
    ],
  ),
  passage(
    'f3-court-01',
    ['court', 'british_single_quotes', 'said_mr'],
    [
      'A driving instructor who sent abusive messages to a former pupil has been given a suspended sentence.',
      "Neil Garvey, 52, of Orchard Close, Brayfield, admitted harassment at Lowden Magistrates' Court on Tuesday.",
      "'The messages went on for four months and left the victim afraid to leave her home,' said Rupinder Sahota, prosecuting.",
      "Defending, Emma Clague said Mr Garvey had been drinking heavily after the breakdown of his marriage. 'He is deeply ashamed,' she said.",
      "Chair of the bench Roger Hulme told him: 'If you contact her again you will go to prison.'",
    ],
    [
      q('The messages went on for four months and left the victim afraid to leave her home,', 'Rupinder Sahota'),
      q('He is deeply ashamed,', 'Emma Clague'),
      q('If you contact her again you will go to prison.', 'Roger Hulme'),
    ],
  ),
  passage(
    'f3-court-02',
    ['court', 'document', 'quote_about_someone'],
    [
      'A former county treasurer in Delacourt County was indicted Wednesday on charges that she steered $640,000 in county investments to a firm run by her brother-in-law.',
      'The indictment says the treasurer, Lorna Fairbanks, “concealed the relationship from the county board on at least nine occasions.”',
      'Her attorney, Phil Ostrander, said Fairbanks would plead not guilty. “Every one of those investments made money for the county,” he said in a phone interview.',
    ],
    [
      q('concealed the relationship from the county board on at least nine occasions.', 'the indictment'),
      q('Every one of those investments made money for the county,', 'Phil Ostrander'),
    ],
  ),
  passage(
    'f3-court-03',
    ['court', 'same_gender', 'role_noun'],
    [
      'The mother of a woman who died after a night out in Corbridge told an inquest on Thursday that her daughter had “never once” taken drugs.',
      'Gillian Stroud said Kayleigh, 23, had been planning a trip abroad with friends. “She had everything to live for,” she said.',
      'The coroner, Frances Ibbotson, adjourned the hearing until toxicology results are available. “I know how hard this wait is for the family,” she said.',
    ],
    [
      q('never once', 'Gillian Stroud'),
      q('She had everything to live for,', 'Gillian Stroud'),
      q('I know how hard this wait is for the family,', 'Frances Ibbotson'),
    ],
  ),
  passage(
    'f3-business-01',
    ['business', 'appositive', 'said_inversion'],
    [
      'Shares in Corrigan Motors jumped 9% on Wednesday after the carmaker said it had cut the cost of its batteries by a fifth.',
      '“This is the quarter where the electric business stopped losing money on every car,” chief financial officer Mei-Lin Zhao told analysts on a conference call.',
      'Not everyone was convinced. “One good quarter on costs does not make a trend, and the price war in Asia is only getting worse,” said Gustav Ekberg, an analyst at Nordhaven Securities.',
    ],
    [
      q('This is the quarter where the electric business stopped losing money on every car,', 'Mei-Lin Zhao'),
      q('One good quarter on costs does not make a trend, and the price war in Asia is only getting worse,', 'Gustav Ekberg'),
    ],
  ),
  passage(
    'f3-business-02',
    ['business', 'organisation', 'unnamed'],
    [
      'Halloway Group, the owner of 140 garden centres, has called in administrators, putting 3,800 jobs at risk.',
      'The administrators, from the firm Pell Carver, said all the centres would stay open while a buyer was sought. “We have had a number of early expressions of interest,” joint administrator Nadia Khoury said.',
      'A spokesman for the shopworkers’ union said staff had learned of the news “from the radio, not from their managers.”',
    ],
    [
      q('We have had a number of early expressions of interest,', 'Nadia Khoury'),
      q('from the radio, not from their managers.', 'spokesman for the shopworkers’ union (unnamed)'),
    ],
  ),
  passage(
    'f3-sport-01',
    ['sport', 'same_gender', 'pronoun'],
    [
      'Dunmere Athletic moved three points clear at the top of the league with a 2-0 win at Halsey Town on Saturday.',
      '“We were patient, and patience wins you leagues,” said Dunmere manager Kevin Achterberg.',
      'Halsey boss Lee Farrant felt his side deserved more. “We had them rattled for an hour,” he said. “Then we gave away a penalty that was never a penalty.”',
      'Achterberg disagreed. “It was a clear foul,” he said. “I was ten yards away.”',
    ],
    [
      q('We were patient, and patience wins you leagues,', 'Kevin Achterberg'),
      q('We had them rattled for an hour,', 'Lee Farrant'),
      q('Then we gave away a penalty that was never a penalty.', 'Lee Farrant'),
      q('It was a clear foul,', 'Kevin Achterberg'),
      q('I was ten yards away.', 'Kevin Achterberg'),
    ],
  ),
  passage(
    'f3-sport-02',
    ['sport', 'british_single_quotes', 'role_noun', 'same_gender'],
    [
      'Teenager Ana Petrescu stunned the top seed 7-5, 6-3 to reach the semi-finals of the Eastbourne International on Wednesday.',
      "'I didn't think about who was on the other side of the net,' said the 19-year-old, who came through qualifying. 'I just played the ball.'",
      "Her opponent, the world No 2 Katya Brenner, was gracious in defeat. 'She played fearless tennis and deserved it,' said Brenner.",
    ],
    [
      q("I didn't think about who was on the other side of the net,", 'Ana Petrescu'),
      q('I just played the ball.', 'Ana Petrescu'),
      q('She played fearless tennis and deserved it,', 'Katya Brenner'),
    ],
  ),
  passage(
    'f3-sport-03',
    ['sport', 'continuation'],
    [
      'Belgian rider Jens Vandamme won the queen stage of the Tour of the Alps on Thursday, attacking alone on the final climb to the Passo Grivola.',
      '“I told the team this morning I would try from the bottom, and they laughed at me,” Vandamme said after crossing the line.',
      '“Nobody is laughing now.”',
      'Race leader Matteo Colonna finished 40 seconds back and kept the leader’s jersey. He said he was “not worried” about Saturday’s time trial.',
    ],
    [
      q('I told the team this morning I would try from the bottom, and they laughed at me,', 'Jens Vandamme'),
      q('Nobody is laughing now.', 'Jens Vandamme'),
      q('not worried', 'Matteo Colonna'),
    ],
  ),
  passage(
    'f3-sport-04',
    ['sport', 'same_gender', 'quote_about_someone'],
    [
      'Kenzie Holloway scored 28 points and Lakeshore State beat Pine Ridge 71-64 on Saturday to reach the conference final.',
      '“She was unguardable in the second half,” Lakeshore coach Dana Whitcomb said. “We just kept giving her the ball.”',
      'Holloway, a junior from Maple Falls, said she had barely slept the night before. “My nerves were shot,” she said. “Once the ball went up, that all went away.”',
    ],
    [
      q('She was unguardable in the second half,', 'Dana Whitcomb'),
      q('We just kept giving her the ball.', 'Dana Whitcomb'),
      q('My nerves were shot,', 'Kenzie Holloway'),
      q('Once the ball went up, that all went away.', 'Kenzie Holloway'),
    ],
  ),
  passage(
    'f3-science-01',
    ['science', 'document', 'study_author'],
    [
      'Children who spend two hours a day outdoors are less likely to become short-sighted, according to a study of 9,000 pupils in four countries published on Monday.',
      'The study found that outdoor time “reduced the onset of myopia by about a third” over three years.',
      '“Daylight seems to matter more than what the children are doing outside,” said Dr Ruth Abernethy, an eye specialist at the University of Glenmoor who led the research.',
      'Her co-author, Professor Samuel Oduya, said schools should consider outdoor lessons. “It costs nothing,” he said.',
    ],
    [
      q('reduced the onset of myopia by about a third', 'the study'),
      q('Daylight seems to matter more than what the children are doing outside,', 'Ruth Abernethy'),
      q('It costs nothing,', 'Samuel Oduya'),
    ],
  ),
  passage(
    'f3-science-02',
    ['science', 'same_gender', 'appositive'],
    [
      'A small probe built by students at Harlan Technical University has sent back its first pictures from lunar orbit.',
      '“We cried, we screamed, we hugged people we had never met,” said mission lead Oyinda Balogun, 24.',
      'The project’s faculty supervisor, Professor Greta Lindahl, said the students had done “almost all of the work.” “I mostly signed forms,” she said.',
    ],
    [
      q('We cried, we screamed, we hugged people we had never met,', 'Oyinda Balogun'),
      q('almost all of the work.', 'Greta Lindahl'),
      q('I mostly signed forms,', 'Greta Lindahl'),
    ],
  ),
  passage(
    'f3-health-01',
    ['health', 'organisation', 'unnamed'],
    [
      'A hospital in Kestleford has cancelled all planned operations for the rest of the week after a cyber attack took its computer systems offline.',
      'North Kestle Hospitals NHS Trust said staff were using paper records. “Emergency care is not affected and patients should attend as normal,” the trust said.',
      'One surgeon, who did not want to be named, said: “We are working blind. Nobody can see a scan or a blood result.”',
    ],
    [
      q('Emergency care is not affected and patients should attend as normal,', 'North Kestle Hospitals NHS Trust'),
      q('We are working blind. Nobody can see a scan or a blood result.', 'surgeon (unnamed)'),
    ],
  ),
  passage(
    'f3-culture-01',
    ['culture', 'non_quote_quotation_marks', 'title'],
    [
      'The Brantwood Festival has announced its summer programme, led by a new staging of “The Orchard at Dusk” and the premiere of Imogen Tull’s play “Low Water”.',
      '“I wanted a season about what we inherit and what we lose,” said artistic director Callum Vire.',
      'Tull, whose previous play “Salt and Iron” toured for two years, said “Low Water” was about her grandmother’s farm.',
    ],
    [q('I wanted a season about what we inherit and what we lose,', 'Callum Vire')],
  ),
  passage(
    'f3-culture-02',
    ['culture', 'non_quote_quotation_marks', 'scare_quotes'],
    [
      'The exhibition calls itself an “immersive experience”, which in practice means projecting the paintings of Ilse Marhoff on to the walls of a former carpet warehouse at £28 a head.',
      'The “interactive zone” turns out to be a row of beanbags. Children will enjoy it; their parents may wonder where the “art” went.',
    ],
    [],
  ),
  passage(
    'f3-culture-03',
    ['culture', 'obituary', 'nickname', 'non_quote_quotation_marks'],
    [
      'Jazz pianist Ellis “Duke” Harland, whose 1968 album “Northern Lights” is still taught in music schools, has died at 88.',
      'His son, the drummer Marcus Harland, said his father had played every day until last month. “He said the piano kept him honest,” Marcus Harland said.',
    ],
    [q('He said the piano kept him honest,', 'Marcus Harland')],
  ),
  passage(
    'f3-crime-01',
    ['police', 'role_noun', 'unnamed', 'pronoun'],
    [
      'Police in Ashcombe are appealing for witnesses after a 71-year-old man was robbed at knifepoint outside his home on Sunday evening.',
      'Detective Sergeant Yasmin Hollis said the victim had been left “badly shaken” but was not physically hurt.',
      '“This was a cowardly attack on a vulnerable man, and we will find the person responsible,” she said.',
      'A neighbour, who asked not to be named, said the street had been “quiet for twenty years.”',
    ],
    [
      q('badly shaken', 'Yasmin Hollis'),
      q('This was a cowardly attack on a vulnerable man, and we will find the person responsible,', 'Yasmin Hollis'),
      q('quiet for twenty years.', 'neighbour (unnamed)'),
    ],
  ),
  passage(
    'f3-crime-02',
    ['police', 'quote_about_someone', 'unnamed'],
    [
      'A man accused of setting fire to three churches in Marlow County was arrested Friday at a motel outside Redfield, the sheriff’s office said.',
      '“Dwayne Kessler is a dangerous individual and we are relieved he is off the street,” Sheriff Anthony Bruno said at a news conference.',
      'Kessler’s sister, reached by phone, said he had struggled with mental illness for years. “He needed help, not a cell,” she said.',
    ],
    [
      q('Dwayne Kessler is a dangerous individual and we are relieved he is off the street,', 'Anthony Bruno'),
      q('He needed help, not a cell,', 'Kessler’s sister'),
    ],
  ),
  passage(
    'f3-crime-03',
    ['court', 'document', 'according_to'],
    [
      'A Brookfield man has been charged with wire fraud after he allegedly sold $3 million in tickets to concerts that did not exist.',
      'The criminal complaint says Tyler Voss used “a network of fake websites and paid reviews” to sell the tickets.',
      'Prosecutors said he spent the money on cars and a lakeside house. “This was theft dressed up as entertainment,” U.S. Attorney Carla Dominguez said in a statement.',
    ],
    [q('a network of fake websites and paid reviews', 'the complaint'), q('This was theft dressed up as entertainment,', 'Carla Dominguez')],
  ),
  passage(
    'f3-weather-01',
    ['disaster', 'wire', 'dateline', 'appositive'],
    [
      'MIRABEL, Costa Vela — Floods and landslides triggered by three days of torrential rain have killed at least 23 people in the south of the country, the civil protection agency said on Monday.',
      '“Whole neighbourhoods on the hillsides have simply slid away,” the agency’s director, Ramón Ibarra, told local radio.',
      'President Lucía Ferrante declared a state of emergency in four provinces. “No family will be left to face this alone,” she wrote on social media.',
      'In the town of San Telmo, residents dug through mud with their hands. “My brother’s house was here,” said Julio Arce, 47, pointing at a bank of earth. “Now there is nothing.”',
    ],
    [
      q('Whole neighbourhoods on the hillsides have simply slid away,', 'Ramón Ibarra'),
      q('No family will be left to face this alone,', 'Lucía Ferrante'),
      q('My brother’s house was here,', 'Julio Arce'),
      q('Now there is nothing.', 'Julio Arce'),
    ],
  ),
  passage(
    'f3-weather-02',
    ['weather', 'british_single_quotes', 'unnamed', 'organisation'],
    [
      'Ice warnings have been issued for much of the northern Highlands as temperatures are forecast to fall to -12C overnight.',
      "'Untreated roads and pavements will be extremely dangerous first thing,' said Brian Lusk, a forecaster at the National Weather Bureau.",
      "Strathmoor Council said its gritters had been out since 4pm. 'We have 40,000 tonnes of salt in stock,' a council spokeswoman said.",
    ],
    [
      q('Untreated roads and pavements will be extremely dangerous first thing,', 'Brian Lusk'),
      q('We have 40,000 tonnes of salt in stock,', 'council spokeswoman (unnamed)'),
    ],
  ),
  passage(
    'f3-tech-01',
    ['tech', 'organisation', 'document', 'social_media'],
    [
      'Pellucid, the cloud storage company, said on Tuesday that hackers had gained access to the files of about 40,000 business customers.',
      'In a blog post, the company said the attackers had used “credentials stolen from a contractor.” It said no passwords were taken.',
      '“We should have caught this sooner, and I am sorry,” chief executive Rohan Mehra wrote in an email to customers.',
      'Security researcher Tilde Aasen said the breach was “a textbook case” of weak supplier controls.',
    ],
    [
      q('credentials stolen from a contractor.', 'Pellucid'),
      q('We should have caught this sooner, and I am sorry,', 'Rohan Mehra'),
      q('a textbook case', 'Tilde Aasen'),
    ],
  ),
  passage(
    'f3-tech-02',
    ['tech', 'transcript', 'interview'],
    [
      'Maren Solheim, co-founder of the start-up Fjordlight, which makes solar lamps for homes off the grid, spoke to us after the company raised $30 million.',
      'Q: What will you do with the money?',
      'A: Hire engineers, mostly. We have a waiting list of distributors in eleven countries.',
      'Q: Are you worried about cheaper copies?',
      'A: Every week. The answer is to be better, not to sue.',
    ],
    [
      q('What will you do with the money?', 'interviewer'),
      q('Hire engineers, mostly. We have a waiting list of distributors in eleven countries.', 'Maren Solheim'),
      q('Are you worried about cheaper copies?', 'interviewer'),
      q('Every week. The answer is to be better, not to sue.', 'Maren Solheim'),
    ],
  ),
  passage(
    'f3-transcript-01',
    ['transcript'],
    [
      'Part of the exchange at Tuesday’s hearing of the public accounts committee between its chair, Deborah Fenwick, and the permanent secretary, Julian Amory.',
      'FENWICK: When did you first learn the contract was over budget?',
      'AMORY: In the autumn of last year.',
      'FENWICK: And you told ministers when?',
      'AMORY: I would have to check.',
    ],
    [
      q('When did you first learn the contract was over budget?', 'Deborah Fenwick'),
      q('In the autumn of last year.', 'Julian Amory'),
      q('And you told ministers when?', 'Deborah Fenwick'),
      q('I would have to check.', 'Julian Amory'),
    ],
  ),
  passage(
    'f3-unnamed-01',
    ['business', 'unnamed', 'one_of_them'],
    [
      'Harcastle Pharma is preparing a bid of about £9 billion for its smaller rival Venn Biologics, according to people familiar with the plans.',
      'A deal could be announced as early as next week, one of the people said. “The boards have been talking since the summer,” the person said.',
      'Both companies declined to comment.',
    ],
    [q('The boards have been talking since the summer,', 'person familiar with the plans (unnamed)')],
  ),
  passage(
    'f3-unnamed-02',
    ['police', 'unnamed', 'same_gender'],
    [
      'Detectives investigating the disappearance of a Harford accountant believe he may have left the country, a senior police source said on Wednesday.',
      '“We are looking closely at an overnight ferry he may have boarded on the night he vanished,” the source said.',
      'The accountant’s wife, Sandra Pelham, said she did not believe he would leave without a word. “He is a creature of habit,” she said.',
    ],
    [
      q('We are looking closely at an overnight ferry he may have boarded on the night he vanished,', 'police source (unnamed)'),
      q('He is a creature of habit,', 'Sandra Pelham'),
    ],
  ),
  passage(
    'f3-group-01',
    ['group', 'organisation', 'chant'],
    [
      'Hundreds of students marched through Caerwyn on Saturday against plans to close the town’s university campus, chanting “Save our campus.”',
      'The Lecturers’ Union branch said in a statement that closure would be “an act of vandalism against the whole region.”',
      'The university said no final decision had been taken.',
    ],
    [q('Save our campus.', 'students'), q('an act of vandalism against the whole region.', 'Lecturers’ Union')],
  ),
  passage(
    'f3-group-02',
    ['group', 'organisation'],
    [
      'Families living next to the Ockley quarry say blasting has cracked the walls of their homes.',
      '“The whole house shakes. The cups rattle on the shelves,” said Amira Haddad, who lives 200 metres from the quarry edge.',
      'Quarry owner Torrance Aggregates said its blasting was “well within legal limits” and monitored independently.',
      'Residents said they would take their complaint to the county council.',
    ],
    [q('The whole house shakes. The cups rattle on the shelves,', 'Amira Haddad'), q('well within legal limits', 'Torrance Aggregates')],
  ),
  passage(
    'f3-appositive-01',
    ['appositive', 'long_title'],
    [
      '“Nobody in this building wants to see a strike, least of all the people who would lose a week’s pay,” the regional organiser for the Transport and Dock Workers’ Federation in the north-east, Keith Amadi, told reporters outside the depot on Monday.',
      'The bus company’s operations director, Sunita Rao, said talks would continue. “We have put a fair offer on the table,” she said.',
    ],
    [
      q('Nobody in this building wants to see a strike, least of all the people who would lose a week’s pay,', 'Keith Amadi'),
      q('We have put a fair offer on the table,', 'Sunita Rao'),
    ],
  ),
  passage(
    'f3-appositive-02',
    ['appositive', 'long_title'],
    [
      'Beatrix Conway, a retired headteacher who has chaired the Millbrook Society for two decades and led the campaign against the bypass, said the decision was “the best news this valley has had in years.”',
      '“We were told we could not win,” Conway said. “We won.”',
    ],
    [q('the best news this valley has had in years.', 'Beatrix Conway'), q('We were told we could not win,', 'Beatrix Conway'), q('We won.', 'Beatrix Conway')],
  ),
  passage(
    'f3-inversion-01',
    ['business', 'said_inversion', 'appositive'],
    [
      'The central bank of Valdoria raised interest rates by half a point on Thursday, its fourth increase this year, as inflation reached 11%.',
      '“Inflation is the cruellest tax on the poor and we will not let it become entrenched,” said governor Ilse Brandauer.',
      '“We think they have one more rise in them before they pause,” said Fergus Doyle, chief economist at Harbour Street Bank. “After that the economy will do the work for them.”',
    ],
    [
      q('Inflation is the cruellest tax on the poor and we will not let it become entrenched,', 'Ilse Brandauer'),
      q('We think they have one more rise in them before they pause,', 'Fergus Doyle'),
      q('After that the economy will do the work for them.', 'Fergus Doyle'),
    ],
  ),
  passage(
    'f3-pronoun-01',
    ['same_gender', 'pronoun', 'human_interest'],
    [
      'Two sisters who were separated as babies in an orphanage in the west of Ireland in 1958 have met for the first time.',
      'Bridget Malone, 66, found her sister through a DNA website last spring. “I looked at her photo and saw my own face,” she said.',
      'Her sister, Noreen Castle, who lives in Ontario, flew over for the meeting. She said she had always felt “that something was missing.”',
      '“Now I know what it was,” she said.',
    ],
    [
      q('I looked at her photo and saw my own face,', 'Bridget Malone'),
      q('that something was missing.', 'Noreen Castle'),
      q('Now I know what it was,', 'Noreen Castle'),
    ],
  ),
  passage(
    'f3-pronoun-02',
    ['politics', 'same_gender', 'role_then_pronoun'],
    [
      'The opposition leader, Tomasz Wrona, has attacked the government’s housing plan.',
      'The plan, announced on Monday by housing minister Piotr Zielak, promises 200,000 homes a year. “These homes exist only in press releases,” Wrona said.',
      '“Not one of them will have a roof on it before the election,” he added.',
      'Zielak said the target was ambitious but achievable. “We have the land and we have the builders,” he said.',
    ],
    [
      q('These homes exist only in press releases,', 'Tomasz Wrona'),
      q('Not one of them will have a roof on it before the election,', 'Tomasz Wrona'),
      q('We have the land and we have the builders,', 'Piotr Zielak'),
    ],
  ),
  passage(
    'f3-about-01',
    ['quote_about_someone', 'sport'],
    [
      '“Marta Kowal is the best finance director this club has ever had,” chairman Ron Bellamy said as he announced her departure.',
      'Kowal, who joins a rival club in the summer, said she was leaving “with a heavy heart.”',
    ],
    [q('Marta Kowal is the best finance director this club has ever had,', 'Ron Bellamy'), q('with a heavy heart.', 'Marta Kowal')],
  ),
  passage(
    'f3-about-02',
    ['quote_about_someone', 'local', 'unnamed'],
    [
      'Labour councillors in Wexley are split over whether to back the council leader, Ian Hale, in next month’s confidence vote.',
      '“Ian has done a decent job in an impossible year,” said Councillor Jo Pemberton. “But the group is tired.”',
      'Another councillor, who did not want to be named, said: “Hale has lost the room. He just hasn’t noticed.”',
    ],
    [
      q('Ian has done a decent job in an impossible year,', 'Jo Pemberton'),
      q('But the group is tired.', 'Jo Pemberton'),
      q('Hale has lost the room. He just hasn’t noticed.', 'councillor (unnamed)'),
    ],
  ),
  passage(
    'f3-continuation-01',
    ['unclosed_paragraph_quote', 'continuation'],
    [
      'Doreen Achebe has run the Parkside food bank for eleven years. She says demand has never been higher.',
      '“In January we fed 600 families. Two years ago it was 250.',
      '“The people coming in now are not the people who came in when we started. They have jobs. They have cars. They just cannot make the numbers add up.”',
    ],
    [
      q('In January we fed 600 families. Two years ago it was 250.', 'Doreen Achebe'),
      q(
        'The people coming in now are not the people who came in when we started. They have jobs. They have cars. They just cannot make the numbers add up.',
        'Doreen Achebe',
      ),
    ],
  ),
  passage(
    'f3-continuation-02',
    ['continuation', 'role_noun', 'appositive'],
    [
      'Lifeboat crews from Port Gallan rescued four fishermen from a sinking trawler in a force nine gale on Tuesday night.',
      'Coxswain Alun Prydderch said it was the worst weather he had launched in for a decade. “The waves were bigger than the boat,” he said.',
      '“My crew were magnificent.”',
      '“We owe them our lives,” the trawler’s skipper, Hamish Reid, said later.',
    ],
    [q('The waves were bigger than the boat,', 'Alun Prydderch'), q('My crew were magnificent.', 'Alun Prydderch'), q('We owe them our lives,', 'Hamish Reid')],
  ),
  passage(
    'f3-nonquote-01',
    ['non_quote_quotation_marks', 'scare_quotes', 'opinion'],
    [
      'The government’s “Thriving Towns” fund has so far spent less than a fifth of its budget, much of it on what officials describe as “feasibility work”.',
      'Critics have taken to calling it the “Thriving Consultants” fund.',
    ],
    [],
  ),
  passage(
    'f3-nonquote-02',
    ['non_quote_quotation_marks', 'title', 'police'],
    [
      'Police said 14 people had been charged so far under Operation “Clearwater”, which targets drug gangs using children as couriers.',
      'The “Safer Streets Bill” returns to the Commons next week, and the “Night Watch” scheme, which puts volunteers on the high street on Friday nights, has been praised by magistrates.',
    ],
    [],
  ),
  passage(
    'f3-nonquote-03',
    ['non_quote_quotation_marks', 'title', 'nickname'],
    [
      'The research ship “Northern Endeavour” returned to Aberlay on Friday after four months in the Antarctic.',
      'Its captain, Eilidh “Ellie” Moffat, has written about the voyage in a book, “Ice at the Edges”, due out in May.',
    ],
    [],
  ),
  passage(
    'f3-british-01',
    ['british_single_quotes', 'said_mr', 'same_surname'],
    [
      'A couple who have been married for 70 years celebrated with a party at the village hall in Little Stretton on Sunday.',
      "'The secret is separate televisions,' said Mrs Pearl Ashdown, 92.",
      "Her husband, Walter, 94, said he had proposed after three dates. 'I knew straight away,' said Mr Ashdown. 'She took a bit longer.'",
    ],
    [q('The secret is separate televisions,', 'Pearl Ashdown'), q('I knew straight away,', 'Walter Ashdown'), q('She took a bit longer.', 'Walter Ashdown')],
  ),
  passage(
    'f3-british-02',
    ['british_single_quotes', 'local', 'role_noun'],
    [
      'Pupils at Greystones Academy have been told they can no longer bring mobile phones into school.',
      "Headteacher Simon Oakley said the ban would 'give children their childhoods back'.",
      "But parent Leanne Dawes said she wanted to be able to reach her daughter. 'What if something happens on the way home?' she asked.",
    ],
    [q('give children their childhoods back', 'Simon Oakley'), q('What if something happens on the way home?', 'Leanne Dawes')],
  ),
  passage(
    'f3-organisation-01',
    ['organisation', 'document', 'wire'],
    [
      'The defence ministry of Norvalia said on Sunday that it had shot down 14 drones over its eastern provinces overnight.',
      '“All targets were destroyed and there were no casualties,” the ministry said in a post on its official channel.',
      'A report by the Institute for Conflict Studies, a think tank in Vienna, said the attacks were “designed to exhaust air defences ahead of a larger strike.”',
    ],
    [
      q('All targets were destroyed and there were no casualties,', 'defence ministry'),
      q('designed to exhaust air defences ahead of a larger strike.', 'the report'),
    ],
  ),
  passage(
    'f3-foreign-01',
    ['wire', 'dateline', 'media', 'organisation'],
    [
      'SEOHAN, Darvonia (Reuters) — Darvonia’s state news agency on Friday called the neighbouring country’s new president “a puppet of foreign bankers”, a day after he took office.',
      'The president, Emil Castaneda, shrugged off the remark. “I have been called worse by my own family,” he told reporters in the capital.',
    ],
    [q('a puppet of foreign bankers', 'state news agency'), q('I have been called worse by my own family,', 'Emil Castaneda')],
  ),
  passage(
    'f3-foreign-02',
    ['wire', 'dateline', 'told_agency', 'same_gender'],
    [
      'KALDERA, Estmark (AFP) — Estmark’s foreign minister, Viktor Halmi, on Tuesday ruled out talks with the rebels until they release the 30 hostages taken in May.',
      '“There is nothing to discuss while our citizens are in chains,” Halmi told AFP in an interview.',
      'Rebel spokesman Dario Fenn said in a video message that the hostages were “guests” who would be freed “when the army withdraws.”',
    ],
    [
      q('There is nothing to discuss while our citizens are in chains,', 'Viktor Halmi'),
      q('guests', 'Dario Fenn'),
      q('when the army withdraws.', 'Dario Fenn'),
    ],
  ),
  passage(
    'f3-headline-01',
    ['headline', 'local'],
    [
      '“We will not be bullied,” says mayor as bin strike looms',
      'The mayor of Dunsford, Ahmed Qasim, said on Wednesday that the city would not raise its pay offer to refuse collectors, who plan to strike from Monday.',
      '“The offer on the table is fair and final,” Qasim said. “We will not be bullied.”',
    ],
    [q('The offer on the table is fair and final,', 'Ahmed Qasim'), q('We will not be bullied.', 'Ahmed Qasim')],
  ),
];
