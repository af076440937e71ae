// The own set's ninth part ("fresh 8"): written at the start of the eighth round of rules, before
// any engine change of that round, in the constructions round 8 works on and in beats the earlier
// parts use least: described subjects followed by pronouns, two people of one gender, "the
// company/firm said" after a named company, roles named long before they speak, feature-style
// openings; local news, business, health, transport, farming, courts, arts, sport, science,
// education, weather. Measured only: its mistakes are not looked at while tuning (score-own.ts
// shows them only with --fresh8), so it stays a check on news nobody tuned on. Same gold
// conventions as passages.ts. People, places and organisations are made up.
import type { GoldItem } from '../dev-metrics';
import { passage, q } from './passages';

export const ownSetFresh8: GoldItem[] = [
  passage(
    'f8-local-01',
    ['local', 'described_not_named', 'pronoun'],
    [
      'Traders in Ellersby market hall say rising rents could force them out by the summer.',
      'A greengrocer who has run a stall there for thirty years said her rent had doubled since April. “I can’t put the price of a cabbage up to cover it,” she said.',
      '“We are reviewing every lease and will talk to each trader,” a spokesman for Ellersby Borough Council said.',
    ],
    [
      q('I can’t put the price of a cabbage up to cover it,', 'greengrocer (unnamed)'),
      q('We are reviewing every lease and will talk to each trader,', 'spokesman (unnamed)'),
    ],
  ),
  passage(
    'f8-biz-01',
    ['business', 'organisation', 'company_said'],
    [
      'Harrowgate Foods, the maker of Crumbly biscuits, will close its bakery in Wenlow next spring with the loss of 210 jobs.',
      'The company said production would move to its larger site in Corby. “This was a very difficult decision,” it said in a statement.',
      'Union organiser Pat Devlin called the move “a betrayal of a loyal workforce”. “We will fight this,” he said.',
    ],
    [q('This was a very difficult decision,', 'Harrowgate Foods'), q('a betrayal of a loyal workforce', 'Pat Devlin'), q('We will fight this,', 'Pat Devlin')],
  ),
  passage(
    'f8-health-01',
    ['health', 'same_gender', 'pronoun'],
    [
      'Dr Helen Marsh, a consultant at Kirkby General Hospital, said waiting lists for hip operations had grown by a third.',
      '“Patients are waiting in pain for more than a year,” she said. “That is not acceptable.”',
      'The hospital’s chief executive, Ruth Okafor, said extra theatre sessions would start in June. “We have recruited two more surgeons,” she said.',
    ],
    [
      q('Patients are waiting in pain for more than a year,', 'Helen Marsh'),
      q('That is not acceptable.', 'Helen Marsh'),
      q('We have recruited two more surgeons,', 'Ruth Okafor'),
    ],
  ),
  passage(
    'f8-feature-01',
    ['feature', 'opening', 'described_not_named'],
    [
      'The kettle is on before the sun is up at Marlow Farm, where Bethan Rhys milks 90 cows twice a day.',
      'She took over the farm from her father in 2009. “People think it is a quiet life. It is anything but,” she said.',
      'Her neighbour, a sheep farmer named Idris Powell, helps at calving time. “She would do the same for me,” he said.',
    ],
    [q('People think it is a quiet life. It is anything but,', 'Bethan Rhys'), q('She would do the same for me,', 'Idris Powell')],
  ),
  passage(
    'f8-court-01',
    ['court', 'same_gender', 'roles'],
    [
      'A driver who killed a cyclist while looking at his phone has been jailed for six years.',
      'Darren Pike, 34, of Lowbridge, admitted causing death by dangerous driving at Castleford Crown Court.',
      'Judge Simon Arkwright told him: “You chose to read a message rather than watch the road.”',
      'The cyclist’s brother, Mark Ellison, said outside court: “Nothing will bring Tom back, but today he got justice.”',
    ],
    [
      q('You chose to read a message rather than watch the road.', 'Simon Arkwright'),
      q('Nothing will bring Tom back, but today he got justice.', 'Mark Ellison'),
    ],
  ),
  passage(
    'f8-transport-01',
    ['transport', 'organisation', 'firm_said'],
    [
      'Passengers on the Valeline tram network faced delays of up to an hour on Monday after a power failure near Stanmoor.',
      'Valeline said engineers had found a damaged cable. “We are sorry for the disruption,” the firm said.',
      'Commuter Anya Brook, 29, said she had missed a job interview. “Nobody told us anything for forty minutes,” she said.',
    ],
    [q('We are sorry for the disruption,', 'Valeline'), q('Nobody told us anything for forty minutes,', 'Anya Brook')],
  ),
  passage(
    'f8-farm-01',
    ['farming', 'described_not_named', 'pronoun'],
    [
      'Heavy rain has left hundreds of acres of potatoes unharvested across the Fens.',
      'A grower near Wisbey, who farms 400 acres with his two sons, said half his crop was still in the ground. “If it does not dry out by the end of the month, we lose it,” he said.',
      'The National Growers’ Association said it had asked ministers for emergency support.',
    ],
    [q('If it does not dry out by the end of the month, we lose it,', 'grower (unnamed)')],
  ),
  passage(
    'f8-arts-01',
    ['arts', 'appositive', 'role_second_appositive'],
    [
      'A mural covering the side of the old Co-op building in Penfold has been painted over by mistake.',
      'The artist, a former art teacher named Lorna Vickers, said she found out from a friend’s photograph. “I just sat down on the pavement and cried,” she said.',
      'The building’s owner apologised. “It was a contractor’s error and we will pay for it to be restored,” said Gary Fenn, director of Fenn Properties.',
    ],
    [q('I just sat down on the pavement and cried,', 'Lorna Vickers'), q('It was a contractor’s error and we will pay for it to be restored,', 'Gary Fenn')],
  ),
  passage(
    'f8-sport-01',
    ['sport', 'same_gender', 'two_coaches'],
    [
      'Castlebury Rovers’ manager Neil Hart praised his side’s discipline after a goalless draw at Redwick.',
      '“We defended as a team for ninety minutes,” Hart said. “That is what I asked for.”',
      'Redwick boss Gareth Lowe was less happy. “We had the chances and we did not take them,” Lowe said.',
    ],
    [
      q('We defended as a team for ninety minutes,', 'Neil Hart'),
      q('That is what I asked for.', 'Neil Hart'),
      q('We had the chances and we did not take them,', 'Gareth Lowe'),
    ],
  ),
  passage(
    'f8-science-01',
    ['science', 'role_long_before', 'pronoun'],
    [
      'Researchers at the University of Tarnley have found that bumblebees learn to avoid flowers sprayed with a common fungicide.',
      'The study was led by Professor Ingrid Solberg, an ecologist who has studied pollinators for two decades.',
      'The bees were tested over six weeks in greenhouse trials and in farm fields near the campus.',
      '“What surprised us was how quickly they learned,” Professor Solberg said.',
    ],
    [q('What surprised us was how quickly they learned,', 'Ingrid Solberg')],
  ),
  passage(
    'f8-edu-01',
    ['education', 'described_not_named', 'pronoun'],
    [
      'Parents at Hillcrest Primary School have started a petition against plans to cut the school day by half an hour.',
      'A mother of three who works night shifts at a care home said the change would cost her a job. “I cannot collect them at 2.45,” she said.',
      'The headteacher, Mrs Janet Cole, said the school would listen. “Nothing has been decided yet,” she said.',
    ],
    [q('I cannot collect them at 2.45,', 'mother (unnamed)'), q('Nothing has been decided yet,', 'Janet Cole')],
  ),
  passage(
    'f8-weather-01',
    ['weather', 'organisation', 'described_not_named'],
    [
      'Snow closed schools and roads across the Penmore hills on Tuesday.',
      'A snowplough driver who has worked for the county for 25 years said it was the worst he had seen. “We clear a road and an hour later it is gone again,” he said.',
      '“Only travel if you really have to,” said Penmore County Council.',
    ],
    [
      q('We clear a road and an hour later it is gone again,', 'snowplough driver (unnamed)'),
      q('Only travel if you really have to,', 'Penmore County Council'),
    ],
  ),
  passage(
    'f8-biz-02',
    ['business', 'organisation', 'company_said', 'appositive'],
    [
      'Quillon, the online bank, has been fined £4m for failing to check customers’ identities properly.',
      'The regulator said Quillon had opened more than 20,000 accounts without proper checks.',
      'The company said it had since rebuilt its systems. “We accept the findings in full,” a Quillon spokeswoman said.',
    ],
    [q('We accept the findings in full,', 'spokeswoman (unnamed)')],
  ),
  passage(
    'f8-local-02',
    ['local', 'label_with_phrase', 'appositive'],
    [
      'The last bus from Ravensby to the city is to be withdrawn in March.',
      'A regular passenger for more than forty years, retired nurse Margaret Doyle, said the village would be cut off. “Half of us here do not drive,” she said.',
      'Stagecoach West said the route was no longer viable.',
    ],
    [q('Half of us here do not drive,', 'Margaret Doyle')],
  ),
  passage(
    'f8-court-02',
    ['court', 'same_gender', 'described_not_named'],
    [
      'Two brothers have been cleared of stealing lead from a church roof in Ashwell.',
      'Kevin Barnes, 41, and his brother Lee Barnes, 38, denied theft at Ashwell Magistrates’ Court.',
      'Their solicitor, Andrew Price, said the evidence had been “thin from the start”.',
      'Outside court, Kevin Barnes said: “We have been treated like criminals for a year.”',
    ],
    [q('thin from the start', 'Andrew Price'), q('We have been treated like criminals for a year.', 'Kevin Barnes')],
  ),
  passage(
    'f8-health-02',
    ['health', 'described_not_named', 'pronoun', 'continuation'],
    [
      'A woman who waited eleven hours for an ambulance after breaking her hip has called for more crews.',
      'The 82-year-old, from Corley, lay on her kitchen floor through the night. “I kept thinking someone would come any minute,” she said.',
      '“I do not blame the crew. They were lovely when they came.”',
      'The Eastern Ambulance Service said demand had been exceptionally high.',
    ],
    [q('I kept thinking someone would come any minute,', 'woman (unnamed)'), q('I do not blame the crew. They were lovely when they came.', 'woman (unnamed)')],
  ),
  passage(
    'f8-tech-01',
    ['tech', 'organisation', 'company_said'],
    [
      'Brightloop, a Manchester start-up that makes software for dentists, has raised £12m from investors.',
      'Its founder, Samir Haddad, said the money would pay for 60 new staff. “Dentists are drowning in paperwork,” he said.',
      'The company said it planned to open an office in Dublin next year.',
    ],
    [q('Dentists are drowning in paperwork,', 'Samir Haddad')],
  ),
  passage(
    'f8-crime-01',
    ['crime', 'described_not_named', 'pronoun'],
    [
      'A shopkeeper in Drayton fought off two men who tried to rob his newsagent’s with a knife.',
      'The 58-year-old, who has run the shop for twenty years, chased the pair into the street. “I did not think, I just went after them,” he said.',
      'Detective Sergeant Laura Finch said: “We would not advise anyone to do this, but we are glad he is unhurt.”',
    ],
    [
      q('I did not think, I just went after them,', 'shopkeeper (unnamed)'),
      q('We would not advise anyone to do this, but we are glad he is unhurt.', 'Laura Finch'),
    ],
  ),
  passage(
    'f8-politics-01',
    ['politics', 'same_gender', 'pronoun'],
    [
      'Councillor Amir Shah has resigned from the Labour group on Brindle Council after a row over housing.',
      'He said the group’s leader, Tony Webb, had ignored residents. “I was elected to speak for them,” Shah said.',
      'Mr Webb said he was disappointed. “Amir has been a good colleague and the door remains open,” he said.',
    ],
    [q('I was elected to speak for them,', 'Amir Shah'), q('Amir has been a good colleague and the door remains open,', 'Tony Webb')],
  ),
  passage(
    'f8-feature-02',
    ['feature', 'opening', 'described_not_named'],
    [
      'On a wet Thursday night in a church hall in Brockley, thirty people are learning to sew.',
      'Their teacher, a retired costume maker from the Royal Exchange, moves between the tables. “Slow down, let the machine do the work,” she tells one student.',
      'Dev Patel, 19, is making his first shirt. “My gran taught me the basics, but this is another level,” he said.',
    ],
    [q('Slow down, let the machine do the work,', 'teacher (unnamed)'), q('My gran taught me the basics, but this is another level,', 'Dev Patel')],
  ),
  passage(
    'f8-env-01',
    ['environment', 'organisation', 'firm_said'],
    [
      'Trent & Soar Water has been ordered to pay £900,000 after sewage leaked into a nature reserve near Loxley.',
      'The firm said it had invested in new pumps. “We are deeply sorry for the harm caused,” it said.',
      'Campaigner Joanna Fielding said the fine was too small. “It is a rounding error for them,” she said.',
    ],
    [q('We are deeply sorry for the harm caused,', 'Trent & Soar Water'), q('It is a rounding error for them,', 'Joanna Fielding')],
  ),
  passage(
    'f8-sport-02',
    ['sport', 'described_not_named', 'role_long_before'],
    [
      'Kelby Cricket Club will play in the county’s top division for the first time after winning their final game by four wickets.',
      'The captain, Sam Odell, hit an unbeaten 72.',
      'Kelby needed 40 off the last five overs when the rain came, but the umpires allowed play to resume after half an hour.',
      '“I have waited fifteen years for this,” Odell said.',
    ],
    [q('I have waited fifteen years for this,', 'Sam Odell')],
  ),
  passage(
    'f8-local-03',
    ['local', 'same_gender', 'pronoun'],
    [
      'Two neighbours in Fairley Road are at odds over a 40-foot leylandii hedge.',
      'Susan Hale says the hedge blocks all light from her garden. “I have not seen the sun on my lawn since 2015,” she said.',
      'Her neighbour, Carol Mott, said she had offered to cut it. “I have tried to be reasonable,” she said.',
    ],
    [q('I have not seen the sun on my lawn since 2015,', 'Susan Hale'), q('I have tried to be reasonable,', 'Carol Mott')],
  ),
  passage(
    'f8-arts-02',
    ['arts', 'label_with_phrase', 'appositive'],
    [
      'The Oldcastle Players are celebrating their 100th season with a revival of their first production.',
      'A member since the 1970s, the former postman Reg Lumb, will play the lead. “I was the youngest in the cast then,” he said.',
    ],
    [q('I was the youngest in the cast then,', 'Reg Lumb')],
  ),
  passage(
    'f8-housing-01',
    ['housing', 'described_not_named', 'pronoun'],
    [
      'Families in tower blocks in Westhaven say damp and mould have made their children ill.',
      'A father of two who lives on the ninth floor of Corran House showed reporters black mould behind the wardrobe. “My son has had a chest infection all winter,” he said.',
      'Westhaven Homes said it would inspect every flat in the block.',
    ],
    [q('My son has had a chest infection all winter,', 'father (unnamed)')],
  ),
  passage(
    'f8-court-03',
    ['court', 'roles', 'role_second_appositive'],
    [
      'A builder has been fined for leaving a trench unguarded outside a primary school.',
      'The prosecutor, a solicitor named Helen Crewe, told the court a child had fallen into it.',
      '“It was pure luck that nobody was badly hurt,” she said.',
    ],
    [q('It was pure luck that nobody was badly hurt,', 'Helen Crewe')],
  ),
  passage(
    'f8-biz-03',
    ['business', 'organisation', 'company_said', 'continuation'],
    [
      'Pellworth Motors, the family-owned car dealer, has gone into administration after 65 years.',
      'Administrators from Grant Lyle said all 120 staff had been paid. “We are looking for a buyer for the three showrooms,” said Paul Ridley, a partner at Grant Lyle.',
      '“There has been real interest already.”',
      'The company said customers with cars on order would be contacted this week.',
    ],
    [q('We are looking for a buyer for the three showrooms,', 'Paul Ridley'), q('There has been real interest already.', 'Paul Ridley')],
  ),
  passage(
    'f8-health-03',
    ['health', 'described_not_named', 'pronoun'],
    [
      'A pharmacist in Lyneham says shortages of common medicines have become a weekly problem.',
      'He has run the village pharmacy for 15 years and has never known it so bad. “Some weeks I spend more time hunting for stock than serving patients,” he said.',
    ],
    [q('Some weeks I spend more time hunting for stock than serving patients,', 'pharmacist (unnamed)')],
  ),
  passage(
    'f8-politics-02',
    ['politics', 'same_gender', 'roles'],
    [
      'The mayor of Brenton, Diane Foster, has clashed with the police commissioner over street lighting.',
      'The commissioner, Lesley Grant, said switching lights off after midnight had increased burglaries. “The figures speak for themselves,” she said.',
      'Ms Foster said the savings were needed. “I will not apologise for balancing the books,” she said.',
    ],
    [q('The figures speak for themselves,', 'Lesley Grant'), q('I will not apologise for balancing the books,', 'Diane Foster')],
  ),
  passage(
    'f8-science-02',
    ['science', 'study', 'organisation'],
    [
      'Children who walk to school are more alert in morning lessons, a study by Kenmore University suggests.',
      'The researchers tracked 1,200 pupils for a year. “The difference was clear by mid-morning,” said the lead author, Dr Paul Nyland.',
      'He said schools should encourage parents to leave the car at home.',
    ],
    [q('The difference was clear by mid-morning,', 'Paul Nyland')],
  ),
  passage(
    'f8-review-01',
    ['review', 'non_quote_quotation_marks', 'scare_quotes'],
    [
      'The “immersive” exhibition at the Dockside Gallery turns out to be a dark room with projectors.',
      'Its “interactive” element is a touchscreen that did not work on the day I went.',
    ],
    [],
  ),
  passage(
    'f8-transport-02',
    ['transport', 'described_not_named', 'pronoun'],
    [
      'A train guard has been praised for keeping passengers calm when their train was stuck in a tunnel for three hours.',
      'The guard, who has worked on the line since 1998, walked the length of the train handing out water. “I just kept talking to people,” he said.',
      'Passenger Lucy Arden said: “He was brilliant. He made us laugh.”',
    ],
    [q('I just kept talking to people,', 'guard (unnamed)'), q('He was brilliant. He made us laugh.', 'Lucy Arden')],
  ),
  passage(
    'f8-obit-01',
    ['obituary', 'same_gender', 'pronoun'],
    [
      'Frank Meadows, who ran the Bell Inn at Orton for 40 years, has died aged 87.',
      'His son, Peter Meadows, said his father had pulled his last pint at 80. “He knew every regular by name and by drink,” he said.',
    ],
    [q('He knew every regular by name and by drink,', 'Peter Meadows')],
  ),
  passage(
    'f8-biz-04',
    ['business', 'organisation', 'company_said', 'same_gender'],
    [
      'Kestrel Airways is to cut 300 jobs at its Norbury base.',
      'Chief executive Martin Sayer said fuel costs had risen sharply. “We cannot carry on as we are,” he said.',
      'The company said it hoped most cuts would be voluntary. Unite’s regional officer, John Carr, said staff were angry. “They heard it from the newspapers first,” he said.',
    ],
    [q('We cannot carry on as we are,', 'Martin Sayer'), q('They heard it from the newspapers first,', 'John Carr')],
  ),
  passage(
    'f8-local-04',
    ['local', 'described_not_named', 'same_gender', 'pronoun'],
    [
      'A woman who found a lost dog on the moors above Hebley walked it eight miles home.',
      'Karen Whitby, 51, spotted the spaniel shivering by a wall. “He would not leave my side after that,” she said.',
      'The dog’s owner, Alison Reed, said she had been searching for two days. “I had given up hope,” she said.',
    ],
    [q('He would not leave my side after that,', 'Karen Whitby'), q('I had given up hope,', 'Alison Reed')],
  ),
  passage(
    'f8-edu-02',
    ['education', 'role_long_before', 'described_not_named'],
    [
      'Pupils at Thornfield Academy have built a weather station that sends readings to the Met Office.',
      'The project was the idea of physics teacher Owen Blake.',
      'Year 9 pupils wired the sensors and wrote the code over two terms, and the station went live last week.',
      '“They did all the hard work. I just bought the parts,” Mr Blake said.',
    ],
    [q('They did all the hard work. I just bought the parts,', 'Owen Blake')],
  ),
  passage(
    'f8-sport-03',
    ['sport', 'same_gender', 'said_x', 'continuation'],
    [
      'Hollins Park beat Eastmoor 2-1 to reach the county cup final for the first time since 1994.',
      '“I told the lads at half-time to keep the ball on the floor,” said Hollins manager Dave Crossley. “They listened.”',
      'Eastmoor’s Kieran Walsh scored a late consolation. “We gave them a goal start and you cannot do that in a semi-final,” said Walsh, the visitors’ captain.',
      'Crossley added: “The final will be the biggest day in this club’s history.”',
    ],
    [
      q('I told the lads at half-time to keep the ball on the floor,', 'Dave Crossley'),
      q('They listened.', 'Dave Crossley'),
      q('We gave them a goal start and you cannot do that in a semi-final,', 'Kieran Walsh'),
      q('The final will be the biggest day in this club’s history.', 'Dave Crossley'),
    ],
  ),
  passage(
    'f8-inquest-01',
    ['inquest', 'roles', 'same_gender'],
    [
      'An inquest has heard that a climber who died on Scar Crag had checked the weather forecast before setting out.',
      'Mountain rescue team leader Iain Fraser said the man had been well equipped. “He did everything right. The ground simply gave way,” he said.',
      'Recording a verdict of accidental death, the coroner, Mr David Rowe, said: “This was a tragic accident.”',
      '“I hope his family can take some comfort from the evidence,” he said.',
    ],
    [
      q('He did everything right. The ground simply gave way,', 'Iain Fraser'),
      q('This was a tragic accident.', 'David Rowe'),
      q('I hope his family can take some comfort from the evidence,', 'David Rowe'),
    ],
  ),
  passage(
    'f8-biz-05',
    ['business', 'organisation', 'company_said', 'continuation'],
    [
      'Orbis Mobile has apologised after a network fault left two million customers without signal for most of Friday.',
      '“We know how much people rely on us and we let them down,” the company said in a statement.',
      '“Every affected customer will get a month’s credit.”',
      'Consumer group Which Way said the credit was the least customers deserved.',
    ],
    [q('We know how much people rely on us and we let them down,', 'Orbis Mobile'), q('Every affected customer will get a month’s credit.', 'Orbis Mobile')],
  ),
  passage(
    'f8-qa-01',
    ['interview', 'qa_transcript'],
    [
      'Novelist Maeve Cullinan talks to us about her new book.',
      'Q: Why set it in a lighthouse?',
      'A: Because there is nowhere to hide in a lighthouse.',
      'Q: Will there be a sequel?',
      'A: Ask me in a year.',
    ],
    [
      q('Why set it in a lighthouse?', 'interviewer'),
      q('Because there is nowhere to hide in a lighthouse.', 'Maeve Cullinan'),
      q('Will there be a sequel?', 'interviewer'),
      q('Ask me in a year.', 'Maeve Cullinan'),
    ],
  ),
  passage(
    'f8-local-05',
    ['local', 'described_not_named', 'unnamed', 'pronoun'],
    [
      'Residents of Mill Lane in Cawston have been told they can return home after a gas leak forced 40 households out overnight.',
      'One resident, a retired engineer, said he smelled gas at about 11pm and called the emergency line. “I have never packed a bag so fast,” he said.',
      '“The gas is now safe and the pipe has been repaired,” a spokesperson for Midshire Gas said.',
      'Another resident said she had spent the night at the village hall. “Everyone was very kind,” she said.',
    ],
    [
      q('I have never packed a bag so fast,', 'resident (unnamed)'),
      q('The gas is now safe and the pipe has been repaired,', 'spokesperson (unnamed)'),
      q('Everyone was very kind,', 'other resident (unnamed)'),
    ],
  ),
  passage(
    'f8-politics-03',
    ['politics', 'said_x', 'same_gender', 'continuation'],
    [
      'The government’s plan to close rural courts was attacked from both sides of the chamber on Wednesday.',
      '“Justice delayed is justice denied,” said Conservative MP Hugh Bellamy, whose constituency would lose two courts.',
      'Labour’s justice spokesman, Rhys Morgan, said victims would have to travel for hours. “This is a false economy,” he said. “It will cost more in the end.”',
      'Justice minister Claire Rudd defended the plan. “Most of these buildings sit empty three days a week,” she said.',
    ],
    [
      q('Justice delayed is justice denied,', 'Hugh Bellamy'),
      q('This is a false economy,', 'Rhys Morgan'),
      q('It will cost more in the end.', 'Rhys Morgan'),
      q('Most of these buildings sit empty three days a week,', 'Claire Rudd'),
    ],
  ),
  passage(
    'f8-charity-01',
    ['charity', 'label_with_phrase', 'described_not_named'],
    [
      'A food bank in Garside says demand has tripled in two years.',
      'A volunteer since it opened in 2012, former headteacher Ann Lister, said many users were in work. “These are nurses and bus drivers,” she said.',
      'Manager Chris Dunne said the shelves were emptier than ever. “We need tins, and we need them now,” he said.',
    ],
    [q('These are nurses and bus drivers,', 'Ann Lister'), q('We need tins, and we need them now,', 'Chris Dunne')],
  ),
];
