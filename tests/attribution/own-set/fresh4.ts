// The own set's fifth part ("fresh 4"): written at the start of the fourth round of rules, before
// any rule change of that round, in genres the earlier parts have little of (health, transport,
// education, agriculture, arts reviews, religion, the military, an election night, profiles and
// features with long quotes, interviews, press-conference write-ups, court appeals, sports
// previews), with speakers introduced by role long before they speak, several people of one
// gender, nested and partial quotes, quotes split around the cue and "said" far from the quote.
// Measured only: its mistakes are not looked at while tuning (score-own.ts shows them only with
// --fresh4), so it stays a check on news nobody tuned on. Same gold conventions as passages.ts.
// People, places and organisations are made up.
import type { GoldItem } from '../dev-metrics';
import { passage, q } from './passages';

export const ownSetFresh4: GoldItem[] = [
  passage(
    'f4-health-01',
    ['health', 'role_noun', 'pronoun', 'same_gender'],
    [
      'Waiting times for hip and knee operations at Carrow General Hospital have fallen for the first time in four years, figures published on Wednesday show.',
      'The hospital’s medical director, Dr Helen Marsh, put the change down to a new weekend theatre list. “We are operating on Saturdays now, and it has made more difference than anything else we tried,” she said.',
      'Patients’ group chair Ruth Abney welcomed the figures but said many people were still waiting more than a year. “A year in pain is not a success story,” she said.',
    ],
    [
      q('We are operating on Saturdays now, and it has made more difference than anything else we tried,', 'Helen Marsh'),
      q('A year in pain is not a success story,', 'Ruth Abney'),
    ],
  ),
  passage(
    'f4-health-02',
    ['health', 'split_quote', 'unnamed'],
    [
      'A second case of measles has been confirmed at a primary school in Dunmore, public health officials said on Friday.',
      '“Measles spreads faster than almost any other infection,” said Dr Kwame Asante, the region’s consultant in health protection, “so one case in a classroom is one too many.”',
      'A parent at the school, who asked not to be named, said letters had gone home on Thursday. “Nobody panicked, but the queue at the surgery was round the block,” she said.',
    ],
    [
      q('Measles spreads faster than almost any other infection,', 'Kwame Asante'),
      q('so one case in a classroom is one too many.', 'Kwame Asante'),
      q('Nobody panicked, but the queue at the surgery was round the block,', 'parent (unnamed)'),
    ],
  ),
  passage(
    'f4-health-03',
    ['health', 'study', 'document', 'partial_quote'],
    [
      'People who walked for at least 20 minutes a day after a heart attack were less likely to be readmitted within a year, according to a study of 4,100 patients in Lindvik.',
      'The paper, published in the Nordic Heart Journal, describes the effect as “modest but consistent across every age group.”',
      'Its lead author, cardiologist Petra Solheim, said the finding was simple to act on. “You do not need a gym. You need shoes and a door,” she said.',
    ],
    [q('modest but consistent across every age group.', 'The paper'), q('You do not need a gym. You need shoes and a door,', 'Petra Solheim')],
  ),
  passage(
    'f4-transport-01',
    ['transport', 'organisation', 'said_far'],
    [
      'Commuters on the Eastline railway faced a fourth day of cancellations on Tuesday as a shortage of drivers left one train in three in the depot.',
      'Eastline Rail said in a statement that it had recruited 40 new drivers who would start in the spring. “We know this is not good enough and we apologise to every passenger affected,” the statement said.',
      'Rail union organiser Dev Pillai said the company had been warned for two years. “They stopped training drivers to save money. This is the bill,” he said.',
    ],
    [
      q('We know this is not good enough and we apologise to every passenger affected,', 'Eastline Rail'),
      q('They stopped training drivers to save money. This is the bill,', 'Dev Pillai'),
    ],
  ),
  passage(
    'f4-transport-02',
    ['transport', 'same_gender', 'pronoun', 'continuation'],
    [
      'Plans for a tram line between Ostrava Road and the university were approved by the city’s transport committee on Monday after a two-hour debate.',
      'Committee chair Anton Delacroix said the line would carry 9,000 passengers a day. Opposition member Bruno Feld argued the money would be better spent on buses.',
      '“A tram is a promise that a bus cannot make. You can see the rails; you know it is coming back,” Delacroix said.',
      '“You can also see the bill,” Feld said. “Three hundred million for four kilometres.”',
    ],
    [
      q('A tram is a promise that a bus cannot make. You can see the rails; you know it is coming back,', 'Anton Delacroix'),
      q('You can also see the bill,', 'Bruno Feld'),
      q('Three hundred million for four kilometres.', 'Bruno Feld'),
    ],
  ),
  passage(
    'f4-transport-03',
    ['transport', 'unnamed', 'group'],
    [
      'Drivers queued for up to three hours at the Hallam tunnel on Sunday after a lorry fire closed one of its two bores.',
      '“We moved about a mile in an hour and a half,” said one driver, who was travelling with two small children.',
      'Highways officials said the damaged bore could stay shut until the end of the month.',
    ],
    [q('We moved about a mile in an hour and a half,', 'driver (unnamed)')],
  ),
  passage(
    'f4-education-01',
    ['education', 'role_noun', 'long_before', 'pronoun'],
    [
      'The head teacher of Greyfriars Academy has written to parents defending the school’s ban on mobile phones, after a petition against it gathered 600 signatures.',
      'The ban, which began in September, requires pupils to hand in phones at the gate. Several parents said they could not reach their children after school clubs.',
      'Sixth-former Jasmine Toller, who started the petition, said the rule treated 17-year-olds like infants.',
      'In the letter, the head teacher, Graham Ocampo, said exam results and behaviour had both improved. “I would rather defend a rule that works than drop it because it is unpopular,” he wrote.',
    ],
    [q('I would rather defend a rule that works than drop it because it is unpopular,', 'Graham Ocampo')],
  ),
  passage(
    'f4-education-02',
    ['education', 'interview', 'long_quote', 'continuation'],
    [
      'After 31 years at Marlow Street Primary, Beatrice Onyango retires this week. She has taught the children of children she once taught.',
      '“The first year I had 38 in the class and one blackboard. I cried most Sundays,” she said. “Then one day a boy who could not read stood up and read a whole page to the class, and I stopped crying.”',
      '“The job is harder now in some ways. The paperwork is endless. But the children have not changed at all.”',
    ],
    [
      q('The first year I had 38 in the class and one blackboard. I cried most Sundays,', 'Beatrice Onyango'),
      q('Then one day a boy who could not read stood up and read a whole page to the class, and I stopped crying.', 'Beatrice Onyango'),
      q('The job is harder now in some ways. The paperwork is endless. But the children have not changed at all.', 'Beatrice Onyango'),
    ],
  ),
  passage(
    'f4-education-03',
    ['education', 'same_gender', 'quote_about_someone'],
    [
      'Two candidates are competing to lead the Westbrook school board after its chairman resigned in March.',
      'Lorena Castillo, a retired principal, said the board had “lost the trust of teachers.” Her rival, accountant Denise Farrow, said the board’s problem was money, not trust.',
      '“Lorena ran a great school, but a district is not a school,” Farrow said.',
    ],
    [q('lost the trust of teachers.', 'Lorena Castillo'), q('Lorena ran a great school, but a district is not a school,', 'Denise Farrow')],
  ),
  passage(
    'f4-farm-01',
    ['agriculture', 'appositive', 'said_inversion'],
    [
      'Barley growers in the Vell valley expect their smallest harvest in a decade after the driest spring on record.',
      '“Some fields have not made it past ankle height,” said Tomasz Wrona, who farms 400 acres outside Kellin and chairs the local growers’ cooperative.',
      'The cooperative has asked the regional government for emergency feed grants. A spokesman for the agriculture ministry said the request was being considered.',
    ],
    [q('Some fields have not made it past ankle height,', 'Tomasz Wrona')],
  ),
  passage(
    'f4-farm-02',
    ['agriculture', 'british_single_quotes', 'same_gender', 'pronoun'],
    [
      'Sheep farmer Alun Pryce lost 23 ewes to dog attacks in a single night last month. His neighbour, Gareth Lloyd, lost nine the week after.',
      '‘People think a dog on a lead is a nuisance rule. It is the difference between my flock living or dying,’ Mr Pryce said.',
      'Mr Lloyd said he had put up signs on every gate. ‘Half of them have been pulled down,’ he said.',
    ],
    [
      q('People think a dog on a lead is a nuisance rule. It is the difference between my flock living or dying,', 'Alun Pryce'),
      q('Half of them have been pulled down,', 'Gareth Lloyd'),
    ],
  ),
  passage(
    'f4-farm-03',
    ['agriculture', 'organisation', 'pronoun_after_organisation'],
    [
      'The dairy processor Milnor Foods will pay farmers two pence a litre more from January, the company said on Monday.',
      '“Our suppliers have carried rising costs for two years and we want them to still be here in ten,” it said.',
      'Farmers’ union president Cora Blythe called the rise “welcome, late and still not enough.”',
    ],
    [
      q('Our suppliers have carried rising costs for two years and we want them to still be here in ten,', 'Milnor Foods'),
      q('welcome, late and still not enough.', 'Cora Blythe'),
    ],
  ),
  passage(
    'f4-arts-01',
    ['arts_review', 'non_quote_quotation_marks', 'title'],
    [
      'Halvard Quist’s new production of “The Ferryman’s Daughter” at the Corn Exchange is three hours long and feels like four.',
      'The second act, which the programme calls “a fever dream”, is mostly smoke. Ingrid Saal is superb as the daughter, and her final scene almost rescues the evening.',
    ],
    [],
  ),
  passage(
    'f4-arts-02',
    ['arts_review', 'interview', 'nested_quotes'],
    [
      'The painter Odile Ferrand has spent a decade on a single subject: the estuary behind her house in Saint-Aubert.',
      '“My teacher told me, ‘Paint what you see every day until you cannot see it any more,’ and I thought she was mad,” Ferrand said. “Now I understand she meant that is when you start to really look.”',
      'Her gallerist, Maxime Rolland, said the new show had sold out before it opened.',
    ],
    [
      q('My teacher told me, ‘Paint what you see every day until you cannot see it any more,’ and I thought she was mad,', 'Odile Ferrand'),
      q('Now I understand she meant that is when you start to really look.', 'Odile Ferrand'),
    ],
  ),
  passage(
    'f4-arts-03',
    ['arts', 'same_gender', 'pronoun', 'role_noun'],
    [
      'The Larch Quartet played its farewell concert on Saturday after 40 years together.',
      'Its cellist, Jonas Ebert, is the only founding member still in the group. The first violinist, Felix Morrow, joined in 1994.',
      '“We argued about every bar for forty years, and I will miss every argument,” the cellist said after the encore.',
    ],
    [q('We argued about every bar for forty years, and I will miss every argument,', 'Jonas Ebert')],
  ),
  passage(
    'f4-religion-01',
    ['religion', 'role_noun', 'title'],
    [
      'The Bishop of Harrowby has called on parishes to open their halls as warm spaces this winter.',
      'In a pastoral letter read in churches on Sunday, the Right Reverend Miriam Oduya said no one should have to choose between heating and eating. “A cold church hall with the lights on is still warmer than a cold flat,” she wrote.',
      'The diocese said 42 parishes had already signed up.',
    ],
    [q('A cold church hall with the lights on is still warmer than a cold flat,', 'Miriam Oduya')],
  ),
  passage(
    'f4-religion-02',
    ['religion', 'same_gender', 'quote_about_someone', 'pronoun'],
    [
      'A row over the sale of St Columba’s church in Eastfield has divided its congregation.',
      'Father Declan Moy, the parish priest, says the building costs £80,000 a year to keep standing. Parishioner Fergus Hanlon, whose parents married there, has collected 1,200 signatures against the sale.',
      '“Father Moy is a good man with a spreadsheet,” Hanlon said. “But you cannot put a baptism in a spreadsheet.”',
      'The priest said he understood the anger. “I was baptised in a church that is now flats. I know what it feels like,” he said.',
    ],
    [
      q('Father Moy is a good man with a spreadsheet,', 'Fergus Hanlon'),
      q('But you cannot put a baptism in a spreadsheet.', 'Fergus Hanlon'),
      q('I was baptised in a church that is now flats. I know what it feels like,', 'Declan Moy'),
    ],
  ),
  passage(
    'f4-military-01',
    ['military', 'unnamed', 'long_title'],
    [
      'The Ostrian army will withdraw its last 300 troops from the Kessel border region by the end of the year, the defence ministry announced on Thursday.',
      '“The mission has done what it was sent to do,” said General Marek Halloran, the chief of the general staff, at a briefing in the capital.',
      'A senior officer who served two tours in Kessel, speaking on condition of anonymity because he was not authorised to talk to the press, was less sure. “We are leaving a lot of people who trusted us,” he said.',
    ],
    [q('The mission has done what it was sent to do,', 'Marek Halloran'), q('We are leaving a lot of people who trusted us,', 'senior officer (unnamed)')],
  ),
  passage(
    'f4-military-02',
    ['military', 'profile', 'long_quote', 'said_far'],
    [
      'Staff Sergeant Nia Cardew has defused more than 200 roadside bombs. She says the number does not matter.',
      '“You do not count them. You count the ones you walked away from, and the ones your friends did not,” said Cardew, 34, who was awarded the Conspicuous Gallantry Cross on Tuesday for work in the Arvan hills that, according to the citation, “saved the lives of an entire patrol.”',
    ],
    [
      q('You do not count them. You count the ones you walked away from, and the ones your friends did not,', 'Nia Cardew'),
      q('saved the lives of an entire patrol.', 'the citation'),
    ],
  ),
  passage(
    'f4-election-01',
    ['election_night', 'same_gender', 'pronoun'],
    [
      'Mayor Vivian Okafor held on to City Hall in Brennick by 412 votes on Tuesday night, after a count that ran past 3 a.m.',
      'Her challenger, city councillor Sandra Pell, did not concede. “Four hundred votes out of ninety thousand is a recount,” Pell told supporters shortly after the result was declared.',
      'Okafor, speaking a few minutes later, thanked her campaign staff. “We won the hard way, and that is the only way I know,” she said.',
    ],
    [q('Four hundred votes out of ninety thousand is a recount,', 'Sandra Pell'), q('We won the hard way, and that is the only way I know,', 'Vivian Okafor')],
  ),
  passage(
    'f4-election-02',
    ['election_night', 'live', 'said_inversion', 'group'],
    [
      'At the Liberal Union’s party in the Grand Hotel, the mood sank as the exit poll appeared on the screens.',
      '“That is not a bad night, that is a catastrophe,” said one campaign volunteer, who asked not to be named.',
      'Party leader Henrik Dahl arrived just after midnight. “The voters have told us something, and we will listen,” he said.',
      'Supporters chanted “Dahl stays!” as he left the stage.',
    ],
    [
      q('That is not a bad night, that is a catastrophe,', 'campaign volunteer (unnamed)'),
      q('The voters have told us something, and we will listen,', 'Henrik Dahl'),
      q('Dahl stays!', 'Supporters'),
    ],
  ),
  passage(
    'f4-election-03',
    ['election_night', 'same_gender', 'role_noun', 'continuation'],
    [
      'In the Ashby North seat, the sitting MP, Clive Burnell, lost to his Green challenger by fewer than 200 votes.',
      'The winner, 29-year-old Toby Marchetti, is the youngest MP the constituency has ever elected. “Nobody gave us a chance in June,” Marchetti said at the count.',
      '“I want to thank Clive for twelve years of service. He fought a decent campaign.”',
      'Burnell left without speaking to reporters.',
    ],
    [
      q('Nobody gave us a chance in June,', 'Toby Marchetti'),
      q('I want to thank Clive for twelve years of service. He fought a decent campaign.', 'Toby Marchetti'),
    ],
  ),
  passage(
    'f4-presser-01',
    ['press_conference', 'role_noun', 'long_before', 'same_gender'],
    [
      'The police commissioner for Dunharrow, Keith Armitage, and the county’s chief constable, Owen Rees, faced reporters together on Wednesday over the collapse of a fraud trial.',
      'Armitage said he had ordered an independent review. Asked whether anyone would resign, the chief constable said it was too early to say.',
      '“Mistakes were made in how evidence was stored, and I take responsibility for that,” Rees said.',
      'The commissioner said the review would report by March.',
    ],
    [q('Mistakes were made in how evidence was stored, and I take responsibility for that,', 'Owen Rees')],
  ),
  passage(
    'f4-presser-02',
    ['press_conference', 'qa', 'unnamed'],
    [
      'At her first news conference as health secretary, Lydia Carrow was asked about nurses’ pay.',
      '“Will you meet the nurses’ union this week?” one reporter asked.',
      '“I will meet anyone who wants to end this dispute,” Carrow replied. “My door is open, and it will stay open.”',
    ],
    [
      q('Will you meet the nurses’ union this week?', 'reporter (unnamed)'),
      q('I will meet anyone who wants to end this dispute,', 'Lydia Carrow'),
      q('My door is open, and it will stay open.', 'Lydia Carrow'),
    ],
  ),
  passage(
    'f4-presser-03',
    ['press_conference', 'organisation', 'it_said', 'same_gender'],
    [
      'The airline Skarn Air cancelled 140 flights on Friday after a software fault grounded its fleet for six hours.',
      'Chief executive Lars Henning apologised at a hastily arranged news conference at Vellby airport. “There is no excuse, and I will not offer one,” he said.',
      'Henning’s deputy, Ole Brandt, said the fault had been traced to an update installed overnight. “It was tested. It was not tested enough,” Brandt said.',
    ],
    [q('There is no excuse, and I will not offer one,', 'Lars Henning'), q('It was tested. It was not tested enough,', 'Ole Brandt')],
  ),
  passage(
    'f4-appeal-01',
    ['court', 'appeal', 'role_noun', 'same_gender'],
    [
      'The Court of Appeal on Thursday overturned the conviction of Dominic Ashe, who spent eleven years in prison for a robbery in Stenford.',
      'Lady Justice Harker, giving the judgment, said the identification evidence at his trial had been “fundamentally unreliable.”',
      'Outside court, Ashe’s solicitor, Maureen Tilley, read a statement on his behalf. “I have been innocent for eleven years. Today someone finally agreed,” it said.',
    ],
    [q('fundamentally unreliable.', 'Lady Justice Harker'), q('I have been innocent for eleven years. Today someone finally agreed,', 'Dominic Ashe')],
  ),
  passage(
    'f4-appeal-02',
    ['court', 'appeal', 'document', 'partial_quote'],
    [
      'A federal appeals court has revived a lawsuit by former employees of Corlan Mining who say the company hid the risks of dust at its Red Mesa site.',
      'The three-judge panel said the lower court had been wrong to dismiss the case, writing that the workers’ claims were “plausible on their face and deserve discovery.”',
      'Corlan’s lawyer, Peter Vance, said the company would ask the full court to rehear the case.',
    ],
    [q('plausible on their face and deserve discovery.', 'The three-judge panel')],
  ),
  passage(
    'f4-appeal-03',
    ['court', 'appeal', 'same_gender', 'pronoun', 'said_far'],
    [
      'Prosecutors lost their appeal against the sentence given to Kieran Walsh, 24, who killed a cyclist while driving at twice the speed limit.',
      'The cyclist’s father, Martin Ferris, had asked for a longer term. Walsh’s barrister, Simon Chowdhury, told the court his client “thinks about that morning every single day.”',
      'After the ruling Ferris stood on the court steps for several minutes before he spoke. “Four years. That is what my son was worth to them,” he said.',
    ],
    [q('thinks about that morning every single day.', 'Simon Chowdhury'), q('Four years. That is what my son was worth to them,', 'Martin Ferris')],
  ),
  passage(
    'f4-sport-01',
    ['sport', 'preview', 'same_gender', 'role_noun'],
    [
      'Kelvin Rovers host Ardmore City on Saturday needing a win to stay out of the relegation places.',
      'Rovers manager Stuart Baird has lost five of his last six games. City’s manager, Mick Donnelly, was his assistant for three seasons.',
      '“I know how he thinks, and he knows how I think, so it will come down to the players,” Donnelly said on Thursday.',
      'Baird was asked whether his job was at risk. “That is not for me to say. I just pick the team,” he said.',
    ],
    [
      q('I know how he thinks, and he knows how I think, so it will come down to the players,', 'Mick Donnelly'),
      q('That is not for me to say. I just pick the team,', 'Stuart Baird'),
    ],
  ),
  passage(
    'f4-sport-02',
    ['sport', 'preview', 'split_quote', 'nickname'],
    [
      'Marathon runner Aisha “Bullet” Nyambura goes into Sunday’s Kellington race as the favourite.',
      '“The course is flat,” Nyambura said, “but flat courses hurt in different places.”',
      'Her coach, Josef Lehner, said she had trained at altitude in Iten for eight weeks.',
    ],
    [q('The course is flat,', 'Aisha Nyambura'), q('but flat courses hurt in different places.', 'Aisha Nyambura')],
  ),
  passage(
    'f4-sport-03',
    ['sport', 'preview', 'pronoun', 'same_gender'],
    [
      'The Harlow Hornets open their season against the Tarrant Bears on Friday with a new quarterback.',
      'Coach Dale Whitfield named Connor Pike as his starter on Tuesday, ahead of veteran Brett Haines.',
      '“Connor earned it in camp. Brett handled it like a pro,” Whitfield said.',
      'Haines, 33, said he would be ready if called on. “I have been the backup before. You stay sharp,” he said.',
    ],
    [q('Connor earned it in camp. Brett handled it like a pro,', 'Dale Whitfield'), q('I have been the backup before. You stay sharp,', 'Brett Haines')],
  ),
  passage(
    'f4-profile-01',
    ['profile', 'long_quote', 'continuation', 'nested_quotes'],
    [
      'Ivor Penhale has mended clocks in the same shop on Quay Street in Falbury for 58 years. He is 81.',
      '“My father said to me, ‘A clock tells you whether you have been honest with it,’ and he was right,” Penhale said, turning a brass gear in his fingers.',
      '“People bring me clocks their grandparents wound. They do not want it to keep time. They want to hear it tick.”',
      '“When I stop, the shop stops. There is nobody to take it on, and I have made my peace with that.”',
    ],
    [
      q('My father said to me, ‘A clock tells you whether you have been honest with it,’ and he was right,', 'Ivor Penhale'),
      q('People bring me clocks their grandparents wound. They do not want it to keep time. They want to hear it tick.', 'Ivor Penhale'),
      q('When I stop, the shop stops. There is nobody to take it on, and I have made my peace with that.', 'Ivor Penhale'),
    ],
  ),
  passage(
    'f4-profile-02',
    ['profile', 'same_gender', 'role_noun', 'pronoun'],
    [
      'When Halima Osei opened a bakery on Crane Street in 2019, her landlord, Doreen Beckett, gave her six months.',
      'Five years later the bakery employs eleven people, and Beckett buys a loaf every morning.',
      '“I was wrong, and I have never been so happy to be wrong,” the landlord said.',
      'Osei laughed when told. “She tells everyone that,” she said.',
    ],
    [q('I was wrong, and I have never been so happy to be wrong,', 'Doreen Beckett'), q('She tells everyone that,', 'Halima Osei')],
  ),
  passage(
    'f4-interview-01',
    ['interview', 'qa'],
    [
      'Novelist Theo Marchand spoke to the Gazette about his new book.',
      'Q: Why a book about your grandfather now?',
      'A: Because he died last year, and I realised I had never asked him a single real question.',
      'Q: Is it a memoir?',
      'A: It is a novel with his name on it. That is different, and he would have said so.',
    ],
    [
      q('Why a book about your grandfather now?', 'interviewer'),
      q('Because he died last year, and I realised I had never asked him a single real question.', 'Theo Marchand'),
      q('Is it a memoir?', 'interviewer'),
      q('It is a novel with his name on it. That is different, and he would have said so.', 'Theo Marchand'),
    ],
  ),
  passage(
    'f4-interview-02',
    ['interview', 'long_quote', 'said_far', 'pronoun'],
    [
      'Ebba Lindgren ran the Norrvik refugee reception centre for six years before it closed in May.',
      'She is blunt about what went wrong. “We were funded month to month, so we planned month to month, and you cannot help a family that way,” Lindgren said in an interview at her home, where boxes of the centre’s files still fill the spare room.',
      'She pauses. “I still get messages from the children. Some are at university now.”',
    ],
    [
      q('We were funded month to month, so we planned month to month, and you cannot help a family that way,', 'Ebba Lindgren'),
      q('I still get messages from the children. Some are at university now.', 'Ebba Lindgren'),
    ],
  ),
  passage(
    'f4-business-01',
    ['business', 'appositive', 'long_title', 'same_gender'],
    [
      'Shares in the packaging group Forsa fell 9 per cent on Tuesday after it cut its profit forecast for the second time this year.',
      '“Demand from our food customers has not recovered as we expected,” said Ingrid Halvorsen, Forsa’s chief financial officer, on a call with analysts.',
      'Analyst Camille Dorne of Berrin Securities said the cut was larger than the market had feared. “They are running out of things to blame,” she said.',
    ],
    [q('Demand from our food customers has not recovered as we expected,', 'Ingrid Halvorsen'), q('They are running out of things to blame,', 'Camille Dorne')],
  ),
  passage(
    'f4-business-02',
    ['business', 'quote_about_someone', 'same_gender'],
    [
      'The founder of the fashion chain Ruel, Bertrand Ruel, has stepped down as chairman, a month after his son Julien was named chief executive.',
      '“My father built this company with his hands. My job is to make sure it outlives both of us,” Julien Ruel said in a memo to staff.',
      'The elder Ruel will stay on the board.',
    ],
    [q('My father built this company with his hands. My job is to make sure it outlives both of us,', 'Julien Ruel')],
  ),
  passage(
    'f4-local-01',
    ['local', 'group', 'unnamed', 'pronoun'],
    [
      'Residents of the Fenwick estate have been without hot water for nine days after a boiler failure in the communal heating plant.',
      'Tenants’ association secretary Bev Ashworth said elderly residents were boiling kettles to wash. “I have a neighbour who is 90 and she has been washing in the sink,” she said.',
      'The housing association that owns the estate said a replacement part had been ordered from Germany.',
    ],
    [q('I have a neighbour who is 90 and she has been washing in the sink,', 'Bev Ashworth')],
  ),
  passage(
    'f4-local-02',
    ['local', 'non_quote_quotation_marks', 'scare_quotes'],
    [
      'The council’s “temporary” car park on Mill Lane has now been open for eleven years.',
      'Its “landscaping” consists of two planters and a bin, and the promised “community garden” next door is still a fence.',
    ],
    [],
  ),
  passage(
    'f4-crime-01',
    ['police', 'role_noun', 'same_gender', 'long_before'],
    [
      'A man has been charged with arson after a fire at a furniture warehouse in Ludgate Road on Sunday night.',
      'The warehouse owner, Stelios Karras, said the building had been insured but much of the stock had not. Detective Inspector Alan Whitby said a 41-year-old man from Felling would appear in court on Tuesday.',
      'Neighbours said they had heard a bang shortly before midnight.',
      '“I have lost twenty years of work in one night,” Karras said.',
    ],
    [q('I have lost twenty years of work in one night,', 'Stelios Karras')],
  ),
  passage(
    'f4-crime-02',
    ['police', 'unnamed', 'same_gender', 'pronoun'],
    [
      'Police are appealing for witnesses after a woman was knocked down by a scooter rider on the Tamsin Bridge cycle path.',
      'The woman, 72, was taken to hospital with a broken wrist. Her daughter, Carla Mendes, said her mother had walked the path every morning for years. “She is shaken, but she is already asking when she can go back,” she said.',
    ],
    [q('She is shaken, but she is already asking when she can go back,', 'Carla Mendes')],
  ),
  passage(
    'f4-science-01',
    ['science', 'same_gender', 'continuation', 'said_far'],
    [
      'Astronomers using the Cerro Alto telescope have found a planet about the size of Neptune orbiting a star only 40 light years away.',
      'Team leader Rafael Quintero, of the University of Maravilla, said the planet was unusually close to its star. His co-author, Diego Salas, said the next step was to look for an atmosphere.',
      '“If it has one, we will be able to see it with the instruments we have now,” Salas said. “That is rare.”',
    ],
    [q('If it has one, we will be able to see it with the instruments we have now,', 'Diego Salas'), q('That is rare.', 'Diego Salas')],
  ),
  passage(
    'f4-science-02',
    ['science', 'document', 'organisation', 'non_quote_quotation_marks'],
    [
      'A government-funded review of the “Clean Rivers” scheme has found that fewer than half of the promised sewage storage tanks have been built.',
      'The review says progress has been “patchy at best,” and calls for fines on companies that miss deadlines.',
      'The water industry body Water Forward said its members were “investing record sums.”',
    ],
    [q('patchy at best,', 'The review'), q('investing record sums.', 'Water Forward')],
  ),
  passage(
    'f4-weather-01',
    ['weather', 'unnamed', 'organisation'],
    [
      'Flood warnings were in place along the River Tay on Monday after 80mm of rain fell in 24 hours.',
      'The environment agency said levels at Brechin Bridge were the highest since 2015. “People should not try to drive through flood water. Two feet of moving water will float a car,” an agency spokeswoman said.',
    ],
    [q('People should not try to drive through flood water. Two feet of moving water will float a car,', 'agency spokeswoman (unnamed)')],
  ),
  passage(
    'f4-tech-01',
    ['tech', 'same_gender', 'said_inversion', 'quote_about_someone'],
    [
      'The start-up Loomwise, which makes software for textile factories, has raised $30 million from investors led by Harbour Ventures.',
      '“Most factories still plan production on paper,” said co-founder Amara Eze. “We are not replacing people. We are replacing the paper.”',
      'Harbour Ventures partner Nadia Crespo, who will join the board, said Eze had “the patience of someone who has worked on a factory floor.”',
    ],
    [
      q('Most factories still plan production on paper,', 'Amara Eze'),
      q('We are not replacing people. We are replacing the paper.', 'Amara Eze'),
      q('the patience of someone who has worked on a factory floor.', 'Nadia Crespo'),
    ],
  ),
  passage(
    'f4-wire-01',
    ['wire', 'dateline', 'unnamed', 'same_gender'],
    [
      'SALVEN, Marovia (Reuters) — Marovia’s central bank raised interest rates by half a point on Thursday, its third rise this year, as inflation hit 11 per cent.',
      'Governor Ilya Petrak said further rises could not be ruled out. “Inflation is the tax that hurts the poor first,” he told a news conference.',
      'Finance minister Arkady Voronin, who had urged the bank to pause, declined to comment. A person close to the minister said he was “deeply frustrated.”',
    ],
    [q('Inflation is the tax that hurts the poor first,', 'Ilya Petrak'), q('deeply frustrated.', 'person close to the minister (unnamed)')],
  ),
  passage(
    'f4-wire-02',
    ['wire', 'dateline', 'group', 'organisation'],
    [
      'KORRIN, Vestland (AP) — Thousands of teachers marched through Korrin on Saturday demanding a pay rise that keeps up with prices.',
      '“Teachers cannot eat promises,” read one banner. Marchers chanted “Fair pay now” outside the education ministry.',
      'The ministry said in a statement that talks with unions would resume on Monday.',
    ],
    [q('Teachers cannot eat promises,', 'banner'), q('Fair pay now', 'Marchers')],
  ),
  passage(
    'f4-feature-01',
    ['feature', 'same_gender', 'continuation', 'pronoun'],
    [
      'Every Thursday, Walter Greaves and Reg Tanner meet at the Fox and Hounds in Upper Cleeve to play dominoes. They have done so since 1971.',
      'Greaves, 88, keeps the score in a notebook. Tanner, 86, disputes it.',
      '“He has been cheating for fifty years and I have never once caught him,” Tanner said.',
      '“That is because I do not cheat,” Greaves said. “He just cannot count.”',
    ],
    [
      q('He has been cheating for fifty years and I have never once caught him,', 'Reg Tanner'),
      q('That is because I do not cheat,', 'Walter Greaves'),
      q('He just cannot count.', 'Walter Greaves'),
    ],
  ),
  passage(
    'f4-feature-02',
    ['feature', 'long_quote', 'role_noun', 'long_before'],
    [
      'The lifeboat station at Porthkennack has been launched 61 times this year, more than in any year since it opened in 1889.',
      'Its coxswain is a 52-year-old fisherman, Jory Trevail, who has crewed the boat for 30 years and runs it now with a crew of 24 volunteers, among them a nurse, two builders and a vicar.',
      'The crew train every Tuesday evening, in all weather, and most of them have never been paid for a single shout.',
      '“People ask why we do it. The honest answer is that one day it might be my own boy out there, or yours,” the coxswain said.',
    ],
    [q('People ask why we do it. The honest answer is that one day it might be my own boy out there, or yours,', 'Jory Trevail')],
  ),
  passage(
    'f4-uncertain-01',
    ['same_gender', 'uncertain', 'pronoun'],
    [
      'Councillors Peter Grant and Liam Foyle clashed over the town centre plan at Monday’s meeting.',
      'Grant accused Foyle of blocking every scheme brought forward in the past three years. Foyle said the plans had all been badly costed.',
      '“We cannot keep saying no and calling it prudence,” he said.',
    ],
    [q('We cannot keep saying no and calling it prudence,', null)],
  ),
  passage(
    'f4-health-04',
    ['health', 'same_gender', 'role_noun', 'continuation', 'said_far'],
    [
      'Midwives at Stourton Maternity Unit say they are working 14-hour shifts to cover vacancies, as the unit prepares for an inspection next month.',
      'Senior midwife Joanne Patel, who has worked at the unit for 19 years, said morale was the lowest she had known. The trust’s chief nurse, Linda Carver, said six new midwives would start in January.',
      '“Six is a start. We need fifteen,” Patel said.',
      '“Some nights there are two of us for eleven women in labour. You do not stop to drink water.”',
      'Carver said agency staff were being used to fill gaps. “Nobody should be working the hours our midwives are working, and we are fixing it,” she said.',
    ],
    [
      q('Six is a start. We need fifteen,', 'Joanne Patel'),
      q('Some nights there are two of us for eleven women in labour. You do not stop to drink water.', 'Joanne Patel'),
      q('Nobody should be working the hours our midwives are working, and we are fixing it,', 'Linda Carver'),
    ],
  ),
  passage(
    'f4-sport-04',
    ['sport', 'preview', 'british_single_quotes', 'said_mr', 'same_gender'],
    [
      'England’s captain, Harry Colquhoun, will win his 50th cap against Wales at Twickenham on Saturday.',
      '‘I remember my first cap more than most of my games since,’ Colquhoun said. ‘I could not feel my legs for the anthem.’',
      'Wales coach Ieuan Bevan, who coached Colquhoun at under-20 level, said he had always known. ‘He was the best eighteen-year-old I ever worked with. I just wish he was Welsh,’ he said.',
    ],
    [
      q('I remember my first cap more than most of my games since,', 'Harry Colquhoun'),
      q('I could not feel my legs for the anthem.', 'Harry Colquhoun'),
      q('He was the best eighteen-year-old I ever worked with. I just wish he was Welsh,', 'Ieuan Bevan'),
    ],
  ),
  passage(
    'f4-religion-03',
    ['religion', 'group', 'split_quote', 'organisation'],
    [
      'The Synod of the Reformed Church of Aldmark voted on Saturday to allow women to be ordained as bishops, ending a debate that has lasted 30 years.',
      '“Today,” said the Reverend Anneliese Brook, who has campaigned for the change since her own ordination, “the church has caught up with its own congregations.”',
      'A group of traditionalist parishes said in a joint letter that they would ask for “alternative oversight.”',
    ],
    [
      q('Today,', 'Anneliese Brook'),
      q('the church has caught up with its own congregations.', 'Anneliese Brook'),
      q('alternative oversight.', 'traditionalist parishes'),
    ],
  ),
  passage(
    'f4-military-03',
    ['military', 'same_gender', 'pronoun', 'role_noun', 'quote_about_someone'],
    [
      'The defence secretary, Graham Otley, has defended the decision to scrap the navy’s last two amphibious ships.',
      'His predecessor, Sir Anthony Kell, wrote in a newspaper article on Sunday that the cut was “a mistake we will pay for in the next crisis.”',
      '“Anthony made plenty of decisions in this job that I would not have made. This one is mine,” Otley told the defence committee.',
    ],
    [
      q('a mistake we will pay for in the next crisis.', 'Anthony Kell'),
      q('Anthony made plenty of decisions in this job that I would not have made. This one is mine,', 'Graham Otley'),
    ],
  ),
];
