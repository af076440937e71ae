// The own set's eighth part ("fresh 7"): written at the start of the seventh round of rules, before
// any engine change of that round, in beats and styles the earlier parts use least: regional TV and
// radio web copy, trade press, court and inquest reports, obituaries, travel and food, science press
// releases rewritten as news, live sport reports, letters pages, council minutes reported as news;
// descriptive phrases around speakers (appositives, relative clauses, "named", "of", "from"),
// unnamed sources, organisations speaking, several people of one gender. Measured only: its
// mistakes are not looked at while tuning (score-own.ts shows them only with --fresh7), so it stays
// a check on news nobody tuned on. Same gold conventions as passages.ts. People, places and
// organisations are made up.
import type { GoldItem } from '../dev-metrics';
import { passage, q } from './passages';

export const ownSetFresh7: GoldItem[] = [
  passage(
    'f7-regtv-01',
    ['regional_tv', 'described_not_named', 'unnamed', 'organisation'],
    [
      'Residents of a street in Hollinsford say they have been left without a bin collection for five weeks.',
      'A pensioner who has lived on Garth Road since 1974, and who asked not to be named, said rubbish bags were now piled outside her door. “The foxes have had a field day,” she said.',
      'Hollinsford District Council said a vehicle shortage was to blame. “We apologise to residents and expect normal collections to resume next week,” a council spokesperson said.',
    ],
    [
      q('The foxes have had a field day,', 'pensioner (unnamed)'),
      q('We apologise to residents and expect normal collections to resume next week,', 'spokesperson (unnamed)'),
    ],
  ),
  passage(
    'f7-regtv-02',
    ['regional_tv', 'same_gender', 'appositive'],
    [
      'A lifeboat crew from Porthkennack rescued two kayakers off Gull Point on Sunday afternoon.',
      'Helm Jory Trevail, a fisherman who has volunteered with the station for 12 years, said conditions had changed quickly. “One minute it was flat calm, the next we had a two-metre swell,” he said.',
      'One of the kayakers, a teacher from Bristol named Owen Price, thanked the crew. “They were there in minutes. I can’t thank them enough,” Mr Price said.',
    ],
    [
      q('One minute it was flat calm, the next we had a two-metre swell,', 'Jory Trevail'),
      q('They were there in minutes. I can’t thank them enough,', 'Owen Price'),
    ],
  ),
  passage(
    'f7-radio-01',
    ['radio', 'said_x', 'relative_clause'],
    [
      'Farmers in the Vale of Ashby are being urged to check their flocks after a spate of dog attacks on sheep.',
      'Speaking to Radio Ashby’s breakfast programme, Glenys Morgan, whose family has farmed at Pen-y-Bryn for four generations, said she had lost eleven ewes in a month. “It is heartbreaking to walk out in the morning and find them,” she said.',
      '“Keep dogs on leads near livestock, every time,” said Sergeant Carys Hughes of the rural crime team.',
    ],
    [q('It is heartbreaking to walk out in the morning and find them,', 'Glenys Morgan'), q('Keep dogs on leads near livestock, every time,', 'Carys Hughes')],
  ),
  passage(
    'f7-trade-01',
    ['trade_press', 'business', 'organisation', 'appositive'],
    [
      'Brakewell, the Leeds-based maker of commercial ovens, has opened a second factory in Doncaster, creating 140 jobs.',
      '“Demand from the restaurant sector has been stronger than we forecast,” said managing director Fiona Lacey. “This gives us room to grow for a decade.”',
      'The company said the plant would run on solar power from next year.',
    ],
    [q('Demand from the restaurant sector has been stronger than we forecast,', 'Fiona Lacey'), q('This gives us room to grow for a decade.', 'Fiona Lacey')],
  ),
  passage(
    'f7-trade-02',
    ['trade_press', 'organisation', 'said_x', 'company_said'],
    [
      'Norvane, the logistics software start-up, has raised £18m in a funding round led by Halder Capital.',
      '“We will use the money to expand into Germany and the Netherlands,” the company said in a statement.',
      'Halder partner Ruth Ekwueme, who joins Norvane’s board, said the firm had “built something hauliers actually use.”',
    ],
    [q('We will use the money to expand into Germany and the Netherlands,', 'Norvane'), q('built something hauliers actually use.', 'Ruth Ekwueme')],
  ),
  passage(
    'f7-trade-03',
    ['trade_press', 'relative_clause', 'same_gender'],
    [
      'Independent pharmacies say they are dispensing at a loss on a growing list of medicines.',
      'Imran Sadiq, who owns three pharmacies in Bolton and sits on the council of the National Pharmacy Association, said the margin on some common drugs had turned negative. “We are paying to hand people their prescriptions,” he said.',
      'A spokesman for the Department of Health said funding for community pharmacy had risen this year.',
      '“That does not cover what we have lost,” Mr Sadiq said.',
    ],
    [q('We are paying to hand people their prescriptions,', 'Imran Sadiq'), q('That does not cover what we have lost,', 'Imran Sadiq')],
  ),
  passage(
    'f7-court-01',
    ['court', 'british_single_quotes', 'same_gender', 'said_mr'],
    [
      'A roofer who took £40,000 from elderly customers for work he never did has been jailed for three years.',
      'Prosecutor Hugh Dawlish told Chester Crown Court that Darren Pike, 46, targeted people living alone. ‘He preyed on their trust,’ Mr Dawlish said.',
      'Pike’s barrister, Martin Greaves, said his client had a gambling addiction. ‘He is ashamed of what he did,’ said Mr Greaves.',
      'Sentencing, Judge Alan Coombe said: ‘These were cruel offences against vulnerable people.’',
    ],
    [
      q('He preyed on their trust,', 'Hugh Dawlish'),
      q('He is ashamed of what he did,', 'Martin Greaves'),
      q('These were cruel offences against vulnerable people.', 'Alan Coombe'),
    ],
  ),
  passage(
    'f7-court-02',
    ['court', 'us_local', 'unnamed', 'relative_clause'],
    [
      'A former bookkeeper for a Lakeview church was sentenced Monday to 18 months in prison for stealing more than $210,000 from its accounts.',
      'A longtime member of the congregation who spoke at the hearing told the judge the theft had "broken something that will not be fixed."',
      'Defense attorney Paula Stroud said Janet Rooney, 58, had repaid half the money. "She has done everything she can to make this right," Stroud said.',
    ],
    [q('broken something that will not be fixed.', 'member (unnamed)'), q('She has done everything she can to make this right,', 'Paula Stroud')],
  ),
  passage(
    'f7-inquest-01',
    ['inquest', 'british_single_quotes', 'relative_clause', 'organisation'],
    [
      'A coroner has called for better signage at a quarry lake where a 16-year-old boy drowned last summer.',
      'The boy’s mother, who travelled from Swindon for the inquest at Trowbridge, said the family had not known the water was so deep. ‘There was nothing to say it was dangerous,’ she said.',
      'Area coroner Dr Helen Marsh recorded a conclusion of misadventure. ‘Cold water shock can overwhelm even a strong swimmer,’ she said.',
      'The quarry’s owner, Tarrant Aggregates, said it would review fencing at the site.',
    ],
    [q('There was nothing to say it was dangerous,', 'mother (unnamed)'), q('Cold water shock can overwhelm even a strong swimmer,', 'Helen Marsh')],
  ),
  passage(
    'f7-inquest-02',
    ['inquest', 'same_gender', 'of_phrase'],
    [
      'An inquest has heard that a cyclist killed on the A38 was hit by a van whose driver was looking at a phone.',
      'PC Lee Barnard, a collision investigator with Devon and Cornwall Police, said the van had drifted across the white line. “The cyclist had nowhere to go,” he told the hearing.',
      'The van driver, Kevin Ash of Plymouth, did not attend.',
      'Assistant coroner Philip Hay said: “This was an entirely avoidable death.”',
    ],
    [q('The cyclist had nowhere to go,', 'Lee Barnard'), q('This was an entirely avoidable death.', 'Philip Hay')],
  ),
  passage(
    'f7-obit-01',
    ['obituary', 'same_gender', 'relative_clause'],
    [
      'Margaret Ellery, who ran the Corner Bookshop in Ludford for 41 years, has died aged 88.',
      'Her daughter, Anne Ellery, said her mother had kept the shop open through two recessions and a flood. “She thought a town without a bookshop had given up,” she said.',
      'A customer since the 1980s, the novelist Joan Pettifer, said Mrs Ellery “could find you the book you didn’t know you wanted.”',
    ],
    [q('She thought a town without a bookshop had given up,', 'Anne Ellery'), q('could find you the book you didn’t know you wanted.', 'Joan Pettifer')],
  ),
  passage(
    'f7-obit-02',
    ['obituary', 'same_gender', 'appositive'],
    [
      'Desmond Achterberg, the engineer who designed the Tollmouth swing bridge, died on Tuesday at his home in Tollmouth. He was 91.',
      'His son, Pieter, said his father had walked across the bridge every morning until last year. “He used to say it was the only thing he built that people waved at,” Pieter Achterberg said.',
      'Former colleague Roy Fenwick called him “the most stubborn man I ever worked with, and usually right.”',
    ],
    [
      q('He used to say it was the only thing he built that people waved at,', 'Pieter Achterberg'),
      q('the most stubborn man I ever worked with, and usually right.', 'Roy Fenwick'),
    ],
  ),
  passage(
    'f7-travel-01',
    ['travel', 'feature', 'unnamed', 'described_not_named'],
    [
      'The ferry to Inchmurran leaves twice a day in summer and twice a week in winter.',
      'The skipper, a broad man in a yellow oilskin who has made the crossing for thirty years, shrugs at the swell. “This is nothing. Come back in February,” he says.',
      'On the island, the only café is run by a couple from Glasgow. “We came for a year, and that was 2009,” says one of them, Fiona Baird.',
    ],
    [q('This is nothing. Come back in February,', 'skipper (unnamed)'), q('We came for a year, and that was 2009,', 'Fiona Baird')],
  ),
  passage(
    'f7-travel-02',
    ['travel', 'organisation', 'named_cue'],
    [
      'Visitors to the Cairnside gorge walk will have to book a timed slot from April, the park authority said.',
      'The path, known locally as the Devil’s Staircase, drew 180,000 people last year. “It simply can’t take those numbers safely,” said ranger Tom Kilbride.',
      'The authority said the booking would be free.',
    ],
    [q('It simply can’t take those numbers safely,', 'Tom Kilbride')],
  ),
  passage(
    'f7-food-01',
    ['food', 'review', 'non_quote_quotation_marks', 'scare_quotes'],
    [
      'The “small plates” at Ember are not small, and the “sharing” menu is priced for people who do not share.',
      'Still, the charred leeks were the best thing I ate this month.',
    ],
    [],
  ),
  passage(
    'f7-food-02',
    ['food', 'same_gender', 'appositive', 'named_cue'],
    [
      'A bakery in Holmfirth has been named the best in Yorkshire at the regional food awards.',
      'Owner Beth Rayner, a former nurse who started baking during lockdown, said she had entered “as a joke.” “I still can’t quite believe it,” she said.',
      'The head judge, a pastry chef named Claire Dumont, said the sourdough was “as good as anything in London.”',
    ],
    [q('as a joke.', 'Beth Rayner'), q('I still can’t quite believe it,', 'Beth Rayner'), q('as good as anything in London.', 'Claire Dumont')],
  ),
  passage(
    'f7-science-01',
    ['science', 'press_release', 'of_phrase', 'said_x'],
    [
      'Bumblebees exposed to a common fungicide forage less efficiently, researchers at the University of Kellburn have found.',
      '“The effect was subtle but consistent across every colony we tested,” said lead author Dr Naomi Fairlie, an ecologist at the university.',
      'The study, published in the journal Apidology Letters, tracked 60 colonies over two summers.',
      'Professor Hamid Qureshi of the Royal Entomological Society, who was not involved in the research, said the results were “a warning worth heeding.”',
    ],
    [q('The effect was subtle but consistent across every colony we tested,', 'Naomi Fairlie'), q('a warning worth heeding.', 'Hamid Qureshi')],
  ),
  passage(
    'f7-science-02',
    ['science', 'press_release', 'organisation', 'named'],
    [
      'A new species of frog has been found in cloud forest in southern Ecuador and named after the guide who first heard it.',
      'The frog, named Pristimantis quispei after local guide Aurelio Quispe, is smaller than a thumbnail.',
      '“He kept telling us there was a call he didn’t recognise,” said herpetologist Dr Lucía Vera of the Andean Biodiversity Institute. “He was right.”',
    ],
    [q('He kept telling us there was a call he didn’t recognise,', 'Lucía Vera'), q('He was right.', 'Lucía Vera')],
  ),
  passage(
    'f7-science-03',
    ['science', 'document', 'unnamed', 'organisation'],
    [
      'Light pollution over the UK grew by a fifth in a decade, according to a survey by the Dark Skies Trust.',
      'The survey found that just 6% of volunteers could see more than 30 stars from their gardens. The trust called the figures “a loss we barely notice.”',
      'An astronomer who took part in the count, from an observatory in Northumberland, said street lighting was the main culprit.',
    ],
    [q('a loss we barely notice.', 'Dark Skies Trust')],
  ),
  passage(
    'f7-livesport-01',
    ['sport', 'live', 'same_gender', 'said_x'],
    [
      '78 min: GOAL! Ossett 2-1 Brantham. Kofi Mensah, a January transfer from Halesby, curls one into the top corner.',
      'Ossett boss Danny Fairclough on the touchline: “That’s why we signed him.”',
      'FT: Ossett 2-1 Brantham. Brantham manager Gary Tolland told the club’s website: “We gave away two soft goals and you can’t do that here.”',
    ],
    [q('That’s why we signed him.', 'Danny Fairclough'), q('We gave away two soft goals and you can’t do that here.', 'Gary Tolland')],
  ),
  passage(
    'f7-livesport-02',
    ['sport', 'live', 'cricket', 'same_gender', 'appositive'],
    [
      'Stumps, day two: Yorkshire 312-6, trailing Somerset by 41.',
      'Adam Lyth’s replacement at the top of the order, the 20-year-old Harry Dunmore, made 88. “I was nervous for about three balls and then I just watched it,” Dunmore said.',
      'Somerset captain Tom Abell was happy with his bowlers. “We stuck at it on a flat one,” he said.',
    ],
    [q('I was nervous for about three balls and then I just watched it,', 'Harry Dunmore'), q('We stuck at it on a flat one,', 'Tom Abell')],
  ),
  passage(
    'f7-letters-01',
    ['letters', 'opinion', 'non_quote_quotation_marks', 'scare_quotes'],
    [
      'Sir, Your correspondent calls the new parking zone a “modest” change. It is not modest to those of us who now pay to park outside our own homes.',
      'Peter Gale, Ashcombe',
    ],
    [],
  ),
  passage(
    'f7-letters-02',
    ['letters', 'opinion', 'partial_quote'],
    [
      'Sir, I was saddened to read that the council will close the Elm Street library. My late husband, who taught at Ashcombe Grammar for thirty years, used to say it was “the best room in the town.” He was right.',
      'Mary Doyle, Ashcombe',
    ],
    [q('the best room in the town.', 'husband (unnamed)')],
  ),
  passage(
    'f7-council-01',
    ['council', 'minutes', 'same_gender', 'relative_clause', 'group'],
    [
      'Councillors in Marlow Vale have voted to keep the town’s Christmas lights despite a £12,000 rise in their cost.',
      'The parish council chairman, a retired electrician who has helped put the lights up for twenty years, told the meeting: “If we stop now, we will never start again.”',
      'Cllr Sarah Penrose disagreed. “We are cutting the youth club’s grant. I can’t vote for lights,” she said.',
    ],
    [
      q('If we stop now, we will never start again.', 'chairman (unnamed)'),
      q('We are cutting the youth club’s grant. I can’t vote for lights,', 'Sarah Penrose'),
    ],
  ),
  passage(
    'f7-council-02',
    ['council', 'minutes', 'organisation', 'company_said'],
    [
      'Plans for 90 homes on farmland off Mill Lane in Brindley were refused by the district council’s planning committee on Thursday.',
      'Vantage Land, the developer, had argued the site was “sustainable and deliverable.”',
      'After the vote, the firm said it would appeal. “We remain confident in the scheme,” the firm said.',
      'Objector Rosa Kent, who lives next to the site, said residents were “relieved, for now.”',
    ],
    [q('sustainable and deliverable.', 'Vantage Land'), q('We remain confident in the scheme,', 'Vantage Land'), q('relieved, for now.', 'Rosa Kent')],
  ),
  passage(
    'f7-council-03',
    ['council', 'us_local', 'unnamed', 'said_x'],
    [
      'The Millbrook Township board approved a 2% tax increase Monday after two hours of public comment.',
      '"You keep asking us for more, and the roads keep getting worse," said one resident, a retired trucker who declined to give his name.',
      'Supervisor Dan Kessler said the money would go to the fire department. "We are two firefighters short on every shift," he said.',
    ],
    [
      q('You keep asking us for more, and the roads keep getting worse,', 'resident (unnamed)'),
      q('We are two firefighters short on every shift,', 'Dan Kessler'),
    ],
  ),
  passage(
    'f7-regtv-03',
    ['regional_tv', 'same_gender', 'named', 'unnamed'],
    [
      'Shoppers in Carnforth have been queuing since dawn for the last day of a butcher’s shop that has traded on the high street since 1902.',
      '“My grandad bought his Sunday joint here,” said a woman who gave her name only as Linda. “It’s the end of something.”',
      'The owner, Graham Tyson, said rising energy bills had made the cold rooms too expensive to run. “I’m sad, but I’m not bitter,” he said.',
    ],
    [q('My grandad bought his Sunday joint here,', 'Linda'), q('It’s the end of something.', 'Linda'), q('I’m sad, but I’m not bitter,', 'Graham Tyson')],
  ),
  passage(
    'f7-weather-01',
    ['weather', 'organisation', 'named'],
    [
      'Forecasters have warned of gusts of up to 80mph as Storm Petra arrives on Friday.',
      'The Met Office said the storm, named by the Irish weather service, would bring “damaging winds and large waves” to western coasts.',
      'Chief meteorologist Jason Kelly said people should avoid the seafront. “Do not go and watch the waves,” he said.',
    ],
    [q('damaging winds and large waves', 'Met Office'), q('Do not go and watch the waves,', 'Jason Kelly')],
  ),
  passage(
    'f7-health-01',
    ['health', 'relative_clause', 'unnamed', 'organisation'],
    [
      'A father whose daughter waited eleven hours for an ambulance after a fall at Kestrel Park has called for an inquiry.',
      '“She was lying on a cold floor all night,” he said. “Nobody should be left like that.”',
      'The North Midlands Ambulance Service said it was “very sorry” and had been under “extreme pressure” that night.',
    ],
    [
      q('She was lying on a cold floor all night,', 'father (unnamed)'),
      q('Nobody should be left like that.', 'father (unnamed)'),
      q('very sorry', 'North Midlands Ambulance Service'),
      q('extreme pressure', 'North Midlands Ambulance Service'),
    ],
  ),
  passage(
    'f7-health-02',
    ['health', 'same_gender', 'appositive', 'of_phrase'],
    [
      'A GP surgery in Redhill will close its doors at the end of March, leaving 6,000 patients to register elsewhere.',
      'Dr Amina Yusuf, one of the practice’s two partners, said they had tried for three years to recruit. “We advertised eleven times. Nobody applied,” she said.',
      'Patient Joan Wells, 79, a former district nurse, said the nearest alternative was two bus rides away. “I don’t drive. What am I meant to do?” she said.',
    ],
    [q('We advertised eleven times. Nobody applied,', 'Amina Yusuf'), q('I don’t drive. What am I meant to do?', 'Joan Wells')],
  ),
  passage(
    'f7-crime-01',
    ['crime', 'police', 'unnamed', 'relative_clause'],
    [
      'Police are appealing for witnesses after a jeweller’s in Kettering was raided by three men with hammers.',
      'A shop assistant who was behind the counter at the time said the raid “was over in about a minute.”',
      'Detective Inspector Ruth Garside of Northamptonshire Police said: “This was a terrifying ordeal for the staff.”',
    ],
    [q('was over in about a minute.', 'assistant (unnamed)'), q('This was a terrifying ordeal for the staff.', 'Ruth Garside')],
  ),
  passage(
    'f7-arts-01',
    ['culture', 'appositive', 'named', 'same_gender'],
    [
      'The Harlow Playhouse will reopen in September after an £8m refurbishment.',
      'Its artistic director, Mei Lin Chao, who joined from the Bristol Old Vic last year, said the theatre had been “held together with gaffer tape.” “Now it is held together properly,” she said.',
      'Actor Susan Bright, a patron of the theatre, called the reopening “a gift to the town.”',
    ],
    [q('held together with gaffer tape.', 'Mei Lin Chao'), q('Now it is held together properly,', 'Mei Lin Chao'), q('a gift to the town.', 'Susan Bright')],
  ),
  passage(
    'f7-arts-02',
    ['culture', 'non_quote_quotation_marks', 'title'],
    [
      'The exhibition, “Salt and Iron: Whitby’s Working Coast”, opens at the Pannett Gallery on Saturday.',
      'It includes the painting “Herring Girls, 1891”, on loan from a private collection.',
    ],
    [],
  ),
  passage(
    'f7-regtv-04',
    ['regional_tv', 'organisation', 'appositive', 'company_said'],
    [
      'Hundreds of customers of Flowmere Water have been told to boil their tap water after a burst main near Chalton.',
      'Flowmere, which supplies 400,000 homes in the county, said engineers were on site. “We know this is a real inconvenience,” the company said.',
      'Chalton resident Dev Patel, who runs a café on the high street, said he had closed for the day.',
    ],
    [q('We know this is a real inconvenience,', 'Flowmere Water')],
  ),
  passage(
    'f7-radio-02',
    ['radio', 'interview', 'same_gender', 'relative_clause'],
    [
      'A Whitmore teenager who raised £30,000 for the hospice that cared for her grandmother has been given a community award.',
      'Speaking on BBC Radio Whitmore, Ellie Hart, 15, said she had only meant to raise £500. “People just kept giving,” she said.',
      'The hospice’s chief executive, Karen Doyle, said the money would pay for a nurse for a year.',
      '“Ellie is extraordinary,” Ms Doyle said.',
    ],
    [q('People just kept giving,', 'Ellie Hart'), q('Ellie is extraordinary,', 'Karen Doyle')],
  ),
  passage(
    'f7-trade-04',
    ['trade_press', 'farming', 'organisation', 'unnamed'],
    [
      'Milk buyers Dairy Crest Partners will cut the price paid to farmers by 1.5p a litre from next month.',
      'A dairy farmer in Shropshire who supplies the company, and who did not want to be named for fear of losing his contract, said the cut would wipe out his margin. “I’m milking 200 cows to stand still,” he said.',
      'The buyer blamed falling cheese prices in Europe.',
    ],
    [q('I’m milking 200 cows to stand still,', 'farmer (unnamed)')],
  ),
  passage(
    'f7-court-03',
    ['court', 'same_gender', 'passive', 'said_x'],
    [
      'A landlord who let a flat with no working smoke alarms to a family of five has been fined £9,000.',
      'The tenant, a care worker named Grace Obi, told magistrates the family had been “terrified every night.”',
      'Landlord Helen Marsh, 61, of Kingsway, admitted the offences. Her solicitor said she had been “badly let down” by a letting agent.',
    ],
    [q('terrified every night.', 'Grace Obi'), q('badly let down', 'solicitor (unnamed)')],
  ),
  passage(
    'f7-obit-03',
    ['obituary', 'same_gender', 'continuation'],
    [
      'Father Seamus Doherty, parish priest of St Columba’s in Derryvale for 35 years, has died at 84.',
      'Bishop Anthony Crean, who was ordained alongside him in 1965, said he had “never met a man with less interest in himself.”',
      '“He would give you his coat and not notice he’d done it,” the bishop said.',
    ],
    [q('never met a man with less interest in himself.', 'Anthony Crean'), q('He would give you his coat and not notice he’d done it,', 'Anthony Crean')],
  ),
  passage(
    'f7-livesport-03',
    ['sport', 'live', 'rugby', 'same_gender', 'appositive'],
    [
      'Half-time: Kellington 10-17 Ardmore. The visitors’ scrum-half, Niall Brennan, a former Kellington academy player, has been booed all half.',
      'Kellington coach Ian Stokes at the break: “We’re making it easy for them.”',
      'Brennan, speaking to the host broadcaster, smiled. “I expected worse, to be honest,” he said.',
    ],
    [q('We’re making it easy for them.', 'Ian Stokes'), q('I expected worse, to be honest,', 'Niall Brennan')],
  ),
  passage(
    'f7-regtv-05',
    ['regional_tv', 'same_gender', 'called'],
    [
      'A village in Rutland has been named the best-kept in the East Midlands for the third year running.',
      'Volunteer Pam Hollis, 72, called the result “a team effort, and a lot of weeding.”',
      'Fellow volunteer Jean Rowe, who has lived in the village all her life, said: “We don’t do it for the prize. But it helps.”',
    ],
    [q('a team effort, and a lot of weeding.', 'Pam Hollis'), q('We don’t do it for the prize. But it helps.', 'Jean Rowe')],
  ),
  passage(
    'f7-science-04',
    ['science', 'press_release', 'same_gender', 'of_phrase'],
    [
      'A blood test can spot early signs of a serious pregnancy complication weeks before symptoms appear, a trial in Sheffield suggests.',
      'Professor Ian Calder, who led the trial at the University of Sheffield, said the test could “change how we monitor every pregnancy.”',
      'Dr Colin Marr, a consultant obstetrician at a London hospital who was not involved, was more cautious. “It needs a bigger trial before anyone should rely on it,” he said.',
    ],
    [q('change how we monitor every pregnancy.', 'Ian Calder'), q('It needs a bigger trial before anyone should rely on it,', 'Colin Marr')],
  ),
  passage(
    'f7-business-01',
    ['business', 'organisation', 'unnamed', 'company_said'],
    [
      'Pellham Foods, the maker of Crumbly oatcakes, is to close its factory in Forfar with the loss of 85 jobs.',
      '“This has been an incredibly difficult decision,” the firm said.',
      'A worker who has been at the plant for 22 years said staff had been told at a meeting on Tuesday morning. “Nobody saw it coming,” she said.',
    ],
    [q('This has been an incredibly difficult decision,', 'Pellham Foods'), q('Nobody saw it coming,', 'worker (unnamed)')],
  ),
  passage(
    'f7-court-04',
    ['court', 'british_single_quotes', 'same_gender', 'relative_clause', 'continuation'],
    [
      'A woman who ran a fake animal charity has been ordered to repay £62,000.',
      'Prosecutor Claire Ambrose told Norwich Crown Court that Lynne Garrod, 53, had used the money for holidays. ‘Not one penny reached an animal,’ Ms Ambrose said. ‘Donors were deceived from start to finish.’',
      'Garrod’s counsel, Sophie Weller, said her client had been “overwhelmed by debt.” ‘She accepts she must pay it back,’ Ms Weller said.',
      'Judge Ruth Pardoe said: ‘People gave because they cared. You exploited that.’',
    ],
    [
      q('Not one penny reached an animal,', 'Claire Ambrose'),
      q('Donors were deceived from start to finish.', 'Claire Ambrose'),
      q('overwhelmed by debt.', 'Sophie Weller'),
      q('She accepts she must pay it back,', 'Sophie Weller'),
      q('People gave because they cared. You exploited that.', 'Ruth Pardoe'),
    ],
  ),
  passage(
    'f7-livesport-04',
    ['sport', 'live', 'tennis', 'same_gender', 'said_x'],
    [
      'Final set, 5-5: Jess Moran, the British No 3 from Leamington, saves two break points with a pair of aces.',
      'Match point converted. Moran wins 6-4 3-6 7-5 and will play the top seed, Ana Kovač, on Thursday.',
      '“I was shaking on that last game,” Moran said on court. “I’ll need to be better against Ana.”',
      'Kovač, asked about Moran in her own press conference earlier, said: “She hits the ball very flat. It is not fun to play her.”',
      '“I’ll take that as a compliment,” said Moran later.',
    ],
    [
      q('I was shaking on that last game,', 'Jess Moran'),
      q('I’ll need to be better against Ana.', 'Jess Moran'),
      q('She hits the ball very flat. It is not fun to play her.', 'Ana Kovač'),
      q('I’ll take that as a compliment,', 'Jess Moran'),
    ],
  ),
  passage(
    'f7-council-04',
    ['council', 'minutes', 'same_gender', 'said_x', 'group'],
    [
      'A row over a skate park in Denholme dominated Tuesday’s town council meeting.',
      'Residents of Priory Close, who live next to the proposed site, presented a petition with 140 names. “The noise will go on until midnight,” said their spokesman, Alan Rigg.',
      'Cllr Mark Tennant, who proposed the park, said young people had “nowhere else to go.” “If it isn’t here, it’s the bus shelter,” he said.',
      'Cllr Brian Foulds said the site had been “chosen in a hurry.”',
      'The council deferred a decision until March.',
    ],
    [
      q('The noise will go on until midnight,', 'Alan Rigg'),
      q('nowhere else to go.', 'Mark Tennant'),
      q('If it isn’t here, it’s the bus shelter,', 'Mark Tennant'),
      q('chosen in a hurry.', 'Brian Foulds'),
    ],
  ),
  passage(
    'f7-regtv-06',
    ['regional_tv', 'same_gender', 'relative_clause', 'unnamed', 'named'],
    [
      'A bus route that links three villages to Hexton has been saved after a campaign by passengers.',
      'Among them was a student who commutes to Hexton College and who gave her name as Priya. “Without the 42 I couldn’t do my course,” she said.',
      'Another passenger, Doreen Platt, 81, said the bus was “how I see anyone at all.”',
      'Hexton Buses said it had agreed new funding with the county council. “We listened,” the operator said.',
    ],
    [q('Without the 42 I couldn’t do my course,', 'Priya'), q('how I see anyone at all.', 'Doreen Platt'), q('We listened,', 'Hexton Buses')],
  ),
  passage(
    'f7-trade-05',
    ['trade_press', 'hospitality', 'same_gender', 'appositive', 'said_x'],
    [
      'Pub landlords say a rise in beer duty will close more rural locals this winter.',
      '“We are one bad quarter away from shutting,” said Neil Jarvis, who runs the Plough at Little Hendry, a village pub that is also its post office.',
      'Kate Nicholls-Brown, chief executive of the Rural Pubs Alliance, said: “These are not just businesses. They are the last shared space in many villages.”',
      'Jarvis said he had cut opening to five days. “I don’t want to, but the sums don’t work,” he said.',
    ],
    [
      q('We are one bad quarter away from shutting,', 'Neil Jarvis'),
      q('These are not just businesses. They are the last shared space in many villages.', 'Kate Nicholls-Brown'),
      q('I don’t want to, but the sums don’t work,', 'Neil Jarvis'),
    ],
  ),
  passage(
    'f7-science-05',
    ['science', 'organisation', 'document', 'same_gender'],
    [
      'Sea temperatures off the Cornish coast reached a record for June, the Marine Observatory at Penlee said on Monday.',
      '“We have never seen readings like this so early in the year,” said Dr Rachel Kemp, who runs the observatory’s monitoring buoys.',
      'Her colleague Dr Zoe Trask, a marine biologist, said warm water could drive jellyfish blooms. “Swimmers should expect to see a lot more of them,” she said.',
      'The observatory said it would publish its full data in August.',
    ],
    [q('We have never seen readings like this so early in the year,', 'Rachel Kemp'), q('Swimmers should expect to see a lot more of them,', 'Zoe Trask')],
  ),
  passage(
    'f7-food-03',
    ['food', 'feature', 'same_gender', 'present_tense'],
    [
      'At Rosa’s, a twelve-seat counter in Leith, the menu is whatever came off the boat that morning.',
      'Rosa Ferreira, who opened the place with her brother, Tiago, after a decade cooking in Lisbon, wipes the counter. “If the boat doesn’t go out, we don’t open,” she says.',
      'Tiago is less romantic. “The boat always goes out. We always open,” he says.',
    ],
    [q('If the boat doesn’t go out, we don’t open,', 'Rosa Ferreira'), q('The boat always goes out. We always open,', 'Tiago')],
  ),
];
