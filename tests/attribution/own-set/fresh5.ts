// The own set's sixth part ("fresh 5"): written at the start of the fifth round of rules, before
// any rule change of that round, across beats (local news, courts on both sides of the Atlantic,
// business, sport, health, politics abroad, culture, features, wire copy with datelines), in styles
// the earlier parts have less of: speakers introduced by role far back, several people of one
// gender, unnamed sources described with a relative clause who are later "he" or "she",
// organisations, statements and documents speaking, quotes about someone, passives with "by",
// scare quotes and titles, British single quotes (curly and straight), Q&A, relatives sharing a
// surname. Measured only: its mistakes are not looked at while tuning (score-own.ts shows them only
// with --fresh5), so it stays a check on news nobody tuned on. Same gold conventions as
// passages.ts. People, places and organisations are made up.
import type { GoldItem } from '../dev-metrics';
import { passage, q } from './passages';

export const ownSetFresh5: GoldItem[] = [
  passage(
    'f5-local-01',
    ['local', 'unnamed', 'relative_clause', 'same_gender', 'pronoun'],
    [
      'Residents of Copperfield Lane say a sinkhole that opened outside number 14 in January has grown to the size of a car.',
      'The street’s longest-standing resident, a retired nurse who has lived there since 1971, said she no longer lets her grandchildren play outside. “It moves a little every time it rains,” she said.',
      'Council highways manager Trish Oduya said engineers would survey the site next week. “We have to know what is underneath before we dig,” she said.',
    ],
    [q('It moves a little every time it rains,', 'resident (unnamed)'), q('We have to know what is underneath before we dig,', 'Trish Oduya')],
  ),
  passage(
    'f5-courts-01',
    ['courts', 'same_gender', 'said_mr', 'role_noun'],
    [
      'A former care home manager stole more than £40,000 from residents over three years, a jury at Lindale Crown Court heard on Monday.',
      'Prosecuting, Andrew Kells told the court that Martin Pryce, 52, had used residents’ bank cards to pay for holidays and a car. “These were people who trusted him with everything,” Mr Kells said.',
      'Pryce denies 14 counts of fraud. His barrister, Neil Osgood, said his client would give evidence later in the week. “There is another side to this story and the jury will hear it,” he said.',
      'The trial continues.',
    ],
    [
      q('These were people who trusted him with everything,', 'Andrew Kells'),
      q('There is another side to this story and the jury will hear it,', 'Neil Osgood'),
    ],
  ),
  passage(
    'f5-business-01',
    ['business', 'organisation', 'partial_quote', 'written'],
    [
      'Harrow & Finch, the department store chain, will close nine of its 31 shops by the end of the year, it said on Thursday.',
      'In a statement to the stock exchange, the company said trading over Christmas had been “materially below expectations.”',
      'Its chief executive, Olga Brandt, told staff in an email that the decision was “the hardest of my career.” “Every one of these shops has people in it who have given us decades,” she wrote.',
    ],
    [
      q('materially below expectations.', 'Harrow & Finch'),
      q('the hardest of my career.', 'Olga Brandt'),
      q('Every one of these shops has people in it who have given us decades,', 'Olga Brandt'),
    ],
  ),
  passage(
    'f5-sport-01',
    ['sport', 'same_gender', 'quote_about_someone', 'partial_quote'],
    [
      'Kestrel Rovers manager Dean Whitlock has said his striker Callum Reade “deserves a place in the national squad” after Reade’s hat-trick against Northfield on Saturday.',
      '“I have not seen anyone finish like that in this league for ten years,” Whitlock said.',
      'Northfield’s manager, Gary Stott, was less impressed with his own defence. “We let him have the ball in the box three times. That is on us, not on him,” Stott said.',
    ],
    [
      q('deserves a place in the national squad', 'Dean Whitlock'),
      q('I have not seen anyone finish like that in this league for ten years,', 'Dean Whitlock'),
      q('We let him have the ball in the box three times. That is on us, not on him,', 'Gary Stott'),
    ],
  ),
  passage(
    'f5-health-01',
    ['health', 'unnamed', 'relative_clause', 'pronoun', 'organisation'],
    [
      'A junior doctor at Fairleigh Infirmary, who spoke on condition that she not be named because she was not authorised to speak to the press, said the emergency department had run out of trolleys twice in a week.',
      '“Patients were sitting on the floor of the corridor,” she said. “I have never seen that before.”',
      'The hospital trust said it was “aware of the pressures” and had opened an extra ward.',
    ],
    [
      q('Patients were sitting on the floor of the corridor,', 'doctor (unnamed)'),
      q('I have never seen that before.', 'doctor (unnamed)'),
      q('aware of the pressures', 'the hospital trust'),
    ],
  ),
  passage(
    'f5-abroad-01',
    ['politics_abroad', 'wire', 'dateline', 'same_gender', 'unnamed'],
    [
      'SANTAVERA, Morelia (Reuters) - Morelia’s president, Esteban Valcárcel, on Tuesday rejected calls from the opposition to bring forward elections, calling them “a gift to those who want chaos.”',
      'Opposition leader Ramiro Duque said the country could not wait two more years. “Every month this government stays, another factory closes,” Duque told reporters outside Congress.',
      'A government minister, speaking on condition of anonymity, said the president would not step down. “He has the votes and he knows it,” the minister said.',
    ],
    [
      q('a gift to those who want chaos.', 'Esteban Valcárcel'),
      q('Every month this government stays, another factory closes,', 'Ramiro Duque'),
      q('He has the votes and he knows it,', 'minister (unnamed)'),
    ],
  ),
  passage(
    'f5-culture-01',
    ['culture', 'non_quote_quotation_marks', 'title'],
    [
      'The Ashgrove Players open their spring season on Friday with “Blithe Spirit”, followed in May by a new adaptation of “The Mill on the Floss”.',
      'Director Hana Petrakis said the company had chosen the plays to suit its new, smaller stage. “Comedy needs the audience close enough to see an eyebrow move,” she said.',
    ],
    [q('Comedy needs the audience close enough to see an eyebrow move,', 'Hana Petrakis')],
  ),
  passage(
    'f5-feature-01',
    ['feature', 'qa', 'interview'],
    [
      'Marguerite Lasalle has kept bees on the roof of the Halden public library for twelve years. We asked her about it.',
      'Q: How many bees are up there?',
      'A: In summer, about 60,000. In winter, perhaps a third of that.',
      'Q: Do readers ever get stung?',
      'A: Not once. The bees are much more interested in the lime trees than in anyone reading a book.',
    ],
    [
      q('How many bees are up there?', 'interviewer'),
      q('In summer, about 60,000. In winter, perhaps a third of that.', 'Marguerite Lasalle'),
      q('Do readers ever get stung?', 'interviewer'),
      q('Not once. The bees are much more interested in the lime trees than in anyone reading a book.', 'Marguerite Lasalle'),
    ],
  ),
  passage(
    'f5-courts-02',
    ['courts', 'document', 'according_to', 'pronoun'],
    [
      'A former city treasurer in Brackwater has been charged with diverting $1.2 million in public funds to a company owned by his brother-in-law.',
      'According to the indictment, Howard Leach “routinely approved invoices for work that was never done.” The document says the payments were split into amounts under $10,000 to avoid a second signature.',
      'Leach’s lawyer, Carla Benitez, said he would plead not guilty. “My client has served this city for 25 years and he looks forward to clearing his name,” she said.',
    ],
    [
      q('routinely approved invoices for work that was never done.', 'the indictment'),
      q('My client has served this city for 25 years and he looks forward to clearing his name,', 'Carla Benitez'),
    ],
  ),
  passage(
    'f5-sport-02',
    ['sport', 'british_single_quotes', 'same_gender', 'said_x'],
    [
      'Lancaster captain Freya Doyle scored an unbeaten 88 as her side beat Durrington by six wickets at Fenner Park.',
      '‘I didn’t think we’d get there when we lost three early,’ said Doyle. ‘Jess kept me calm.’',
      'Jess Amory, who made 41 in a stand of 102, played down her part. ‘I just tried to give her the strike,’ she said.',
    ],
    [
      q('I didn’t think we’d get there when we lost three early,', 'Freya Doyle'),
      q('Jess kept me calm.', 'Freya Doyle'),
      q('I just tried to give her the strike,', 'Jess Amory'),
    ],
  ),
  passage(
    'f5-council-01',
    ['local', 'council', 'same_gender', 'long_before', 'role_noun'],
    [
      'Councillors in Thornbury voted 7-4 on Tuesday to close the town’s last public toilets, saving £38,000 a year.',
      'The council leader, Philip Garside, proposed the closure. Labour councillor Owen Mabry, who represents the town centre ward, spoke against it, as did the independent member for Hillside, Raj Menon.',
      '“We are asking people to plan their day around finding a café that will let them in,” Mr Mabry said.',
      'The council leader said the authority had no choice. “Every pound we keep here is a pound we take from social care,” he said.',
    ],
    [
      q('We are asking people to plan their day around finding a café that will let them in,', 'Owen Mabry'),
      q('Every pound we keep here is a pound we take from social care,', 'Philip Garside'),
    ],
  ),
  passage(
    'f5-science-01',
    ['science', 'study', 'group', 'partial_quote'],
    [
      'Octopuses kept in tanks with more objects to explore solved puzzles faster, according to a study published on Wednesday in Animal Cognition.',
      'The researchers, led by Dr Ines Vauclair at the University of Brest-Marin, tested 24 animals over eight months. “We expected a small effect. It was not small,” Vauclair said.',
      'The authors write that the results “should inform how aquariums house these animals.”',
    ],
    [q('We expected a small effect. It was not small,', 'Ines Vauclair'), q('should inform how aquariums house these animals.', 'the authors')],
  ),
  passage(
    'f5-crime-01',
    ['police', 'unnamed', 'relative_clause', 'same_gender', 'pronoun'],
    [
      'Police in Wexcombe are appealing for witnesses after a 71-year-old man was pushed to the ground and robbed outside a post office on Friday morning.',
      'Detective Sergeant Colin Ashe said the man had broken his wrist. “This was a cowardly attack on someone collecting his pension,” he said.',
      'The victim’s son, who did not want to be named, said his father was “shaken but stubborn.” “He wants to go back to the same post office next week, and he will,” he said.',
    ],
    [
      q('This was a cowardly attack on someone collecting his pension,', 'Colin Ashe'),
      q('shaken but stubborn.', 'son (unnamed)'),
      q('He wants to go back to the same post office next week, and he will,', 'son (unnamed)'),
    ],
  ),
  passage(
    'f5-business-02',
    ['business', 'earnings', 'said_x', 'appositive'],
    [
      'Brightwell Energy reported a 22 per cent rise in first-half profit on Thursday, helped by higher prices for its gas output.',
      'Chief executive Sunil Bhatt said the company would return more cash to shareholders. “We said we would be disciplined, and we have been,” he told analysts on a call.',
      'Not everyone was convinced. “The profit is the gas price, not the management,” said Helen Corrigan, an analyst at Pell & Co.',
    ],
    [q('We said we would be disciplined, and we have been,', 'Sunil Bhatt'), q('The profit is the gas price, not the management,', 'Helen Corrigan')],
  ),
  passage(
    'f5-local-02',
    ['local', 'non_quote_quotation_marks', 'scare_quotes'],
    [
      'Residents of Bellmoor say the “improved” bus timetable introduced in March has left some villages with one bus a day.',
      'The operator’s “customer charter” promises a service every hour until 7pm. Campaigners say it is a “charter” in name only.',
    ],
    [],
  ),
  passage(
    'f5-wire-01',
    ['wire', 'dateline', 'said_x', 'relative_clause'],
    [
      'MARENDI, Ostravia (AP) — Police fired tear gas on Thursday at hundreds of traders protesting a new tax on imported goods in the capital’s central market.',
      '“We cannot feed our families on what is left after this tax,” said Grace Wanjiru, who sells fabric at the market.',
      'Police spokesman Bernard Otieno said officers had acted after protesters blocked a main road. “The right to protest is not the right to close the city,” he said.',
    ],
    [
      q('We cannot feed our families on what is left after this tax,', 'Grace Wanjiru'),
      q('The right to protest is not the right to close the city,', 'Bernard Otieno'),
    ],
  ),
  passage(
    'f5-feature-02',
    ['feature', 'same_gender', 'shared_surname', 'quote_about_someone'],
    [
      'When Agnes Purcell opened her bakery on Tannery Row in 1989, her mother told her it would last a year.',
      '“She said nobody in this town would pay a pound for a loaf,” Purcell said, laughing. “Now they queue for it.”',
      'Her daughter, Kate, who runs the shop now, said her mother still arrives at 4am. “I have told her a hundred times she does not have to. She does not listen,” Kate Purcell said.',
    ],
    [
      q('She said nobody in this town would pay a pound for a loaf,', 'Agnes Purcell'),
      q('Now they queue for it.', 'Agnes Purcell'),
      q('I have told her a hundred times she does not have to. She does not listen,', 'Kate Purcell'),
    ],
  ),
  passage(
    'f5-abroad-02',
    ['politics_abroad', 'organisation', 'statement'],
    [
      'Valdonia’s foreign ministry on Monday summoned the ambassador of neighbouring Carsk over what it called “repeated violations” of its airspace.',
      '“These flights are a provocation and they must stop,” the ministry said in a statement.',
      'Carsk’s defence ministry said its aircraft had stayed in international airspace throughout.',
    ],
    [q('repeated violations', 'Valdonia’s foreign ministry'), q('These flights are a provocation and they must stop,', 'Valdonia’s foreign ministry')],
  ),
  passage(
    'f5-health-02',
    ['health', 'same_gender', 'pronoun', 'relative_clause'],
    [
      'Cases of whooping cough in the Ardle region have reached their highest level in a decade, health officials said on Tuesday.',
      'Dr Mei Lin Carver, the region’s director of public health, urged pregnant women to be vaccinated. “The vaccine in pregnancy protects the baby in its first weeks, when it is most at risk,” she said.',
      'Sophie Tandy, whose six-week-old son spent nine days in hospital with the infection, said she had not known the vaccine was offered. “Nobody told me. I would have had it in a heartbeat,” she said.',
    ],
    [
      q('The vaccine in pregnancy protects the baby in its first weeks, when it is most at risk,', 'Mei Lin Carver'),
      q('Nobody told me. I would have had it in a heartbeat,', 'Sophie Tandy'),
    ],
  ),
  passage(
    'f5-courts-03',
    ['courts', 'us', 'written', 'role_noun', 'said_x'],
    [
      'A federal judge on Friday blocked the state of Halloway from enforcing a law that would have required libraries to remove books flagged by parents within 30 days.',
      'In a 42-page ruling, U.S. District Judge Marian Okafor wrote that the law was “so vague that no librarian could know what it forbids.”',
      'The state attorney general’s office said it would appeal. “The judge has substituted her preferences for those of the legislature,” spokesman Kyle Draper said.',
    ],
    [
      q('so vague that no librarian could know what it forbids.', 'Marian Okafor'),
      q('The judge has substituted her preferences for those of the legislature,', 'Kyle Draper'),
    ],
  ),
  passage(
    'f5-sport-03',
    ['sport', 'same_gender', 'nationality_noun', 'quote_about_someone'],
    [
      'Top seed Anders Lindqvist was knocked out of the Portmere Open on Wednesday by the qualifier Tomás Rey, ranked 212th in the world.',
      '“I have watched him on television since I was twelve,” Rey said. “To beat him is something I will tell my children.”',
      'Lindqvist, who had treatment on his shoulder during the second set, refused to blame the injury. “He played better. That is all,” the Swede said.',
    ],
    [
      q('I have watched him on television since I was twelve,', 'Tomás Rey'),
      q('To beat him is something I will tell my children.', 'Tomás Rey'),
      q('He played better. That is all,', 'Anders Lindqvist'),
    ],
  ),
  passage(
    'f5-culture-02',
    ['culture', 'role_noun', 'said_far', 'same_gender'],
    [
      'The Harbour Lights festival in Dunmarrow has been cancelled for a second year after its organisers failed to secure insurance.',
      '“We have done everything we can and it has not been enough,” the festival’s director, Ruairi Collins, said in a video posted online.',
      'Local publican Maeve Donnelly said the weekend was worth more to her than Christmas. “It is the one weekend a year the town is full,” she said.',
    ],
    [q('We have done everything we can and it has not been enough,', 'Ruairi Collins'), q('It is the one weekend a year the town is full,', 'Maeve Donnelly')],
  ),
  passage(
    'f5-politics-01',
    ['politics', 'same_gender', 'role_noun', 'debate'],
    [
      'Three candidates for mayor of Greyford met in a debate on Thursday night, with housing dominating the evening.',
      'The incumbent, Mayor Delia Frost, defended her record on new homes. Businesswoman Alma Reyes said the city had built “the wrong homes in the wrong places.” Green Party candidate Nina Holt called for a freeze on office development.',
      '“You cannot eat a spreadsheet,” Reyes told the mayor at one point.',
      '“No, but you can build homes with one,” Frost replied.',
    ],
    [
      q('the wrong homes in the wrong places.', 'Alma Reyes'),
      q('You cannot eat a spreadsheet,', 'Alma Reyes'),
      q('No, but you can build homes with one,', 'Delia Frost'),
    ],
  ),
  passage(
    'f5-local-03',
    ['local', 'unnamed', 'appositive', 'said_x'],
    [
      'Parents at Oakley Junior School have started a petition against plans to merge it with a larger school two miles away.',
      '“Our children walk to school now. After this they will be in cars, in traffic, every morning,” said one of the petition’s organisers, a mother of three.',
      'The county council said no decision had been made and the consultation would run until June.',
    ],
    [q('Our children walk to school now. After this they will be in cars, in traffic, every morning,', 'organiser (unnamed)')],
  ),
  passage(
    'f5-wire-02',
    ['wire', 'dateline', 'business', 'organisation', 'partial_quote'],
    [
      'HALBERSTADT-OST (Reuters) - Kastell Motoren said on Monday it would cut 3,000 jobs in its home market over three years as demand for its combustion engines falls.',
      '“This is a painful step but a necessary one,” chief executive Lutz Berger said in a statement.',
      'The IG Werk union said it would “fight every single one of these cuts.” Its regional head, Sabine Koch, called the plan “a declaration of war on the workforce.”',
    ],
    [
      q('This is a painful step but a necessary one,', 'Lutz Berger'),
      q('fight every single one of these cuts.', 'IG Werk union'),
      q('a declaration of war on the workforce.', 'Sabine Koch'),
    ],
  ),
  passage(
    'f5-feature-03',
    ['feature', 'continuation', 'open_quote', 'pronoun'],
    [
      'Every Sunday at dawn, Rashid Karimi opens the gates of the allotments on Weir Road and checks on 48 plots, most of them tended by people who arrived in the city as refugees.',
      '“Some of them have not held soil in their hands for years,” he said. “The first thing they do is smell it.”',
      '“My own father grew pomegranates. Here I grow potatoes. It is not the same, but it is close enough.”',
    ],
    [
      q('Some of them have not held soil in their hands for years,', 'Rashid Karimi'),
      q('The first thing they do is smell it.', 'Rashid Karimi'),
      q('My own father grew pomegranates. Here I grow potatoes. It is not the same, but it is close enough.', 'Rashid Karimi'),
    ],
  ),
  passage(
    'f5-courts-04',
    ['courts', 'british_single_quotes', 'role_noun', 'partial_quote'],
    [
      'A landlord who let a family live in a flat with no working heating for two winters has been fined £18,000 at Castlemere Magistrates’ Court.',
      'Edwin Harlow, 63, of Priory Road, admitted four offences under housing law. District Judge Simon Pask said the conditions had been ‘shameful’.',
      'Mitigating, Ruth Abara said her client had been in hospital for much of the period. ‘He accepts he should have visited and he did not,’ she said.',
    ],
    [q('shameful', 'Simon Pask'), q('He accepts he should have visited and he did not,', 'Ruth Abara')],
  ),
  passage(
    'f5-science-02',
    ['science', 'organisation', 'it_said', 'media_object'],
    [
      'The Nordic Space Agency said on Friday it had lost contact with its Kestrel-2 weather satellite, eleven days after launch.',
      '“Engineers are working to re-establish communication and we have not given up on the mission,” it said.',
      'Mission scientist Dr Pieter Aalbers told the Tromvik Post he was “cautiously hopeful.” “Satellites have come back from worse,” he said.',
    ],
    [
      q('Engineers are working to re-establish communication and we have not given up on the mission,', 'Nordic Space Agency'),
      q('cautiously hopeful.', 'Pieter Aalbers'),
      q('Satellites have come back from worse,', 'Pieter Aalbers'),
    ],
  ),
  passage(
    'f5-abroad-03',
    ['politics_abroad', 'media', 'organisation', 'quote_about_someone'],
    [
      'The state newspaper in Lurania on Sunday published a rare criticism of the country’s agriculture minister, Viktor Samsonov, over grain shortages.',
      'The Lurania Herald said in an editorial that the minister had “failed the farmers and the cities alike.”',
      'Samsonov did not respond to a request for comment.',
    ],
    [q('failed the farmers and the cities alike.', 'The Lurania Herald')],
  ),
  passage(
    'f5-sport-04',
    ['sport', 'press_conference', 'participle', 'partial_quote', 'same_gender'],
    [
      'Olympic champion swimmer Leah Marsh said on Monday she would skip the world championships to recover from a back injury.',
      'Asked whether she would be fit for the Games next year, Marsh said: “I think so. I hope so. I am not going to pretend I know.”',
      'Her coach, Bernadette Kiely, said Marsh had “nothing left to prove this year.”',
    ],
    [q('I think so. I hope so. I am not going to pretend I know.', 'Leah Marsh'), q('nothing left to prove this year.', 'Bernadette Kiely')],
  ),
  passage(
    'f5-local-04',
    ['local', 'non_quote_quotation_marks', 'nickname', 'title'],
    [
      'The footbridge known locally as “the Wobbly Bridge” will close for repairs from Monday, six weeks after engineers found cracks in its supports.',
      'The bridge was built in 1998 for the city’s “Millennium Rivers” project.',
    ],
    [],
  ),
  passage(
    'f5-health-03',
    ['health', 'document', 'report', 'relative_clause'],
    [
      'One in five unpaid carers in Wrexley has not had a day off in more than a year, a report by the charity Carers Together found.',
      'The report calls the situation “a quiet emergency that the system depends on.”',
      'Lorna Pike, who has looked after her husband since his stroke in 2019, said the figure did not surprise her. “I cannot remember the last time I went to the cinema,” she said.',
    ],
    [q('a quiet emergency that the system depends on.', 'the report'), q('I cannot remember the last time I went to the cinema,', 'Lorna Pike')],
  ),
  passage(
    'f5-business-03',
    ['business', 'tech', 'unnamed', 'one_of_them', 'organisation'],
    [
      'Staff at the software company Quillion were told on Tuesday that a quarter of them would lose their jobs, in a video call that lasted eleven minutes.',
      'Three current employees, who spoke on condition of anonymity because they feared for their jobs, described the call as chaotic. “People were being cut off mid-sentence as their accounts were shut down,” one of them said.',
      'Quillion said in a statement that the cuts would “let us focus on what our customers value most.”',
    ],
    [
      q('People were being cut off mid-sentence as their accounts were shut down,', 'employee (unnamed)'),
      q('let us focus on what our customers value most.', 'Quillion'),
    ],
  ),
  passage(
    'f5-courts-05',
    ['courts', 'us', 'appeal', 'same_gender', 'role_noun'],
    [
      'Lawyers for a woman sentenced to 15 years for her role in a 2019 bank robbery asked an appeals court on Tuesday to order a new trial.',
      'Tamsin Vale was 19 at the time and drove the car, her lawyers say. Her attorney, Marcus Oyelaran, told the three-judge panel that the jury never heard from a witness who saw her forced into it. “The jury convicted a frightened teenager without hearing the one person who could explain why she was there,” he said.',
      'Assistant District Attorney Julia Reinholt argued that the witness was not credible. “She was there, she drove, and she knew,” Reinholt said.',
    ],
    [
      q('The jury convicted a frightened teenager without hearing the one person who could explain why she was there,', 'Marcus Oyelaran'),
      q('She was there, she drove, and she knew,', 'Julia Reinholt'),
    ],
  ),
  passage(
    'f5-feature-04',
    ['feature', 'long_quote', 'age_noun'],
    [
      'Walter Brennan-Ross has swum in the sea at Garrow Point every day since 1962, winter and summer.',
      '“People ask me if it is cold and I tell them yes, of course it is cold, it is the North Sea, but that is the point — you go in, you come out, and for the rest of the day nothing can touch you,” the 84-year-old said.',
    ],
    [
      q(
        'People ask me if it is cold and I tell them yes, of course it is cold, it is the North Sea, but that is the point — you go in, you come out, and for the rest of the day nothing can touch you,',
        'Walter Brennan-Ross',
      ),
    ],
  ),
  passage(
    'f5-politics-02',
    ['politics', 'shared_surname', 'same_gender', 'described_subject', 'pronoun'],
    [
      'Two brothers are standing against each other in the by-election in Hathersage South. Conservative Miles Tennant, 48, and his younger brother Rupert, 44, who is standing for the Liberal Democrats, say they have not discussed politics at family dinners for years.',
      'Miles Tennant said: “We agree on everything except who should be the MP.”',
      'His brother was less diplomatic. “Miles has been wrong about everything since 1990,” he said.',
    ],
    [q('We agree on everything except who should be the MP.', 'Miles Tennant'), q('Miles has been wrong about everything since 1990,', 'Rupert Tennant')],
  ),
  passage(
    'f5-wire-03',
    ['wire', 'dateline', 'disaster', 'unnamed', 'relative_clause', 'pronoun'],
    [
      'CORVALLE, Estrana (AP) — A wildfire that forced 6,000 people from their homes in the hills above Corvalle was 40 per cent contained on Sunday, fire officials said.',
      '“The wind dropped overnight, and that gave us the window we needed,” said Captain Lucía Ferrer of the regional fire service.',
      'A woman who fled with her two dogs and a box of photographs said she did not know if her house was still standing. “I looked back once and there was only orange,” she said.',
    ],
    [
      q('The wind dropped overnight, and that gave us the window we needed,', 'Lucía Ferrer'),
      q('I looked back once and there was only orange,', 'woman (unnamed)'),
    ],
  ),
  passage(
    'f5-sport-05',
    ['sport', 'age_noun', 'role_noun', 'same_gender'],
    [
      'A late goal from Kofi Mensah gave Brayford a 1-0 win at Tolland on Saturday and kept their hopes of promotion alive.',
      'Mensah, 19, came off the bench with ten minutes left. “The gaffer told me to stay high and wait. I waited,” the teenager said.',
      'Brayford manager Lee Varga said the youngster would start next week. “He has earned it,” Varga said.',
    ],
    [q('The gaffer told me to stay high and wait. I waited,', 'Kofi Mensah'), q('He has earned it,', 'Lee Varga')],
  ),
  passage(
    'f5-culture-03',
    ['culture', 'shared_surname', 'same_gender', 'first_name_cue'],
    [
      'The folk duo Hazel and Moss — sisters Iona and Fern Gallagher — release their third album on Friday.',
      '“We wrote most of it in our gran’s kitchen,” Iona said.',
      '“And ate most of her biscuits,” Fern added. “She has not forgiven us.”',
    ],
    [
      q('We wrote most of it in our gran’s kitchen,', 'Iona Gallagher'),
      q('And ate most of her biscuits,', 'Fern Gallagher'),
      q('She has not forgiven us.', 'Fern Gallagher'),
    ],
  ),
  passage(
    'f5-health-04',
    ['health', 'according_to', 'unnamed', 'organisation'],
    [
      'A hospital in Pelham Vale has cancelled all non-urgent operations for the rest of the week after a cyber attack on its computer systems.',
      'According to a spokeswoman for the Pelham Vale Hospitals Trust, staff have gone back to “pen and paper” for patient records.',
      '“Patients with appointments should still attend unless we contact them,” the trust said.',
    ],
    [q('pen and paper', 'spokeswoman (unnamed)'), q('Patients with appointments should still attend unless we contact them,', 'Pelham Vale Hospitals Trust')],
  ),
  passage(
    'f5-abroad-04',
    ['politics_abroad', 'media_object', 'role_noun', 'partial_quote'],
    [
      'The prime minister of Estravia, Jana Kovářová, said on Wednesday her government would hold a referendum on joining the regional currency union next spring.',
      '“The people will decide this, not the parliament and not the markets,” she told the public broadcaster ETV.',
      'The opposition’s finance spokesman, Tomas Hrubý, called the plan “a distraction from the deficit.”',
    ],
    [q('The people will decide this, not the parliament and not the markets,', 'Jana Kovářová'), q('a distraction from the deficit.', 'Tomas Hrubý')],
  ),
  passage(
    'f5-local-05',
    ['local', 'statement', 'unnamed', 'social_media'],
    [
      'Bin collections in Norwood will move from weekly to fortnightly from April, Norwood District Council has confirmed.',
      '“This change will save £1.1 million a year and bring us in line with most councils in the country,” a council statement said.',
      '“Fortnightly? In summer? The foxes will be delighted,” said one resident on the council’s Facebook page.',
    ],
    [
      q('This change will save £1.1 million a year and bring us in line with most councils in the country,', 'Norwood District Council'),
      q('Fortnightly? In summer? The foxes will be delighted,', 'resident (unnamed)'),
    ],
  ),
  passage(
    'f5-crime-02',
    ['police', 'quote_about_someone', 'organisation', 'partial_quote'],
    [
      'The mother of a teenager stabbed to death in Ridley Park last year has called for knife arches at the town’s railway station.',
      'Diane Ekwueme said her son Jordan, 17, had been “a gentle boy who wanted to be a chef.” “I do not want another mother to get the call I got,” she said.',
      'Ridley Transport Police said it would “consider all options” to improve safety at the station.',
    ],
    [
      q('a gentle boy who wanted to be a chef.', 'Diane Ekwueme'),
      q('I do not want another mother to get the call I got,', 'Diane Ekwueme'),
      q('consider all options', 'Ridley Transport Police'),
    ],
  ),
  passage(
    'f5-feature-05',
    ['feature', 'history', 'written', 'letter'],
    [
      'A bundle of letters written by a wartime nurse has been donated to the Ashby museum by her granddaughter.',
      'In one, dated March 1944, Sister Edith Crane wrote to her parents: “The boys are so young. Some of them ask me to write to their mothers, and I do.”',
      'Her granddaughter, Paula Mercer, found the letters in a biscuit tin after her mother died. “I sat on the floor and read all of them in one go,” she said.',
    ],
    [
      q('The boys are so young. Some of them ask me to write to their mothers, and I do.', 'Edith Crane'),
      q('I sat on the floor and read all of them in one go,', 'Paula Mercer'),
    ],
  ),
  passage(
    'f5-business-04',
    ['business', 'unnamed', 'one_of_them', 'according_to'],
    [
      'The supermarket group Tellamy is in talks to buy its smaller rival Grocebox for about £600 million, according to two people familiar with the matter.',
      'One of them said the talks were “at an advanced stage” but could still collapse over the price.',
      'Tellamy and Grocebox declined to comment.',
    ],
    [q('at an advanced stage', 'person (unnamed)')],
  ),
  passage(
    'f5-sport-06',
    ['sport', 'british_single_quotes', 'straight_quotes', 'partial_quote'],
    [
      "Eastwick captain Tom Ferris said his side had been 'bullied up front' in their 31-10 defeat at Marlow on Saturday.",
      "'We were second to every ball,' Ferris said. 'You can't win a game like that.'",
      "Marlow's coach, Andy Pinder, said his forwards had been 'outstanding in every phase'.",
    ],
    [
      q('bullied up front', 'Tom Ferris'),
      q('We were second to every ball,', 'Tom Ferris'),
      q("You can't win a game like that.", 'Tom Ferris'),
      q('outstanding in every phase', 'Andy Pinder'),
    ],
  ),
  passage(
    'f5-local-06',
    ['local', 'same_gender', 'pronoun', 'age'],
    [
      'Two women who have run the lollipop crossing outside St Brendan’s Primary for a combined 50 years were honoured by the school on Friday.',
      'Maureen Kilbride, 78, started in 1991. Her partner on the crossing, Bernie Walsh, joined her in 2001.',
      '“I have seen children cross this road who now bring their own children across it,” Kilbride said.',
      'Walsh said the secret was the weather gear. “Good boots and a sense of humour,” she said.',
    ],
    [
      q('I have seen children cross this road who now bring their own children across it,', 'Maureen Kilbride'),
      q('Good boots and a sense of humour,', 'Bernie Walsh'),
    ],
  ),
  passage(
    'f5-wire-04',
    ['wire', 'dateline', 'organisation', 'social_media', 'partial_quote'],
    [
      'TALVERA, Ostrane (Reuters) - Ostrane’s presidency on Saturday denied reports that the president had been taken to hospital, calling them “entirely false.”',
      '“The president is at work and will chair the cabinet meeting on Monday as planned,” the presidency said in a statement.',
      'Opposition MP Ilir Basha said the government should release a photograph. “If he is well, show him,” he wrote on social media.',
    ],
    [
      q('entirely false.', 'Ostrane’s presidency'),
      q('The president is at work and will chair the cabinet meeting on Monday as planned,', 'Ostrane’s presidency'),
      q('If he is well, show him,', 'Ilir Basha'),
    ],
  ),
  passage(
    'f5-courts-06',
    ['courts', 'inquest', 'unnamed', 'relative_clause', 'pronoun'],
    [
      'A coroner has called for better signage at a level crossing in Maltby Fen where a cyclist was killed by a train last August.',
      'Recording a conclusion of accidental death, senior coroner Fiona Gale said the warning lights at the crossing were “too easily missed by anyone coming from the east.”',
      'A train driver who gave evidence, and who had driven the route for 22 years, said he had sounded his horn. “She never looked up. I will see it for the rest of my life,” he said.',
    ],
    [
      q('too easily missed by anyone coming from the east.', 'Fiona Gale'),
      q('She never looked up. I will see it for the rest of my life,', 'train driver (unnamed)'),
    ],
  ),
  passage(
    'f5-politics-03',
    ['politics', 'passive_by', 'quote_about_someone', 'relative_clause'],
    [
      'The leader of Castlebrook council, Ian Threlfall, has been called “a bully” by a former deputy who resigned last week.',
      'Sandra Obi, who quit as deputy leader on Thursday, said she had been shouted at in two meetings. “Nobody should be spoken to like that at work, and councillors are no exception,” she said.',
      'Threlfall said the allegations were “untrue and hurtful.” “I have always treated colleagues with respect,” he said.',
    ],
    [
      q('a bully', 'Sandra Obi'),
      q('Nobody should be spoken to like that at work, and councillors are no exception,', 'Sandra Obi'),
      q('untrue and hurtful.', 'Ian Threlfall'),
      q('I have always treated colleagues with respect,', 'Ian Threlfall'),
    ],
  ),
  passage(
    'f5-culture-04',
    ['culture', 'film', 'non_quote_quotation_marks', 'title'],
    [
      'The Brackley film festival opened on Thursday with “Salt Road”, the first feature by local director Oona Reilly.',
      '“I made it for the people who live on that road, and half of them are in it,” Reilly said before the screening.',
      'Festival director Kevin Mahon called the film “the best debut we have shown in twenty years.”',
    ],
    [
      q('I made it for the people who live on that road, and half of them are in it,', 'Oona Reilly'),
      q('the best debut we have shown in twenty years.', 'Kevin Mahon'),
    ],
  ),
  passage(
    'f5-health-05',
    ['health', 'unnamed', 'role_noun', 'same_gender'],
    [
      'Surgeons at Kelling Royal Hospital have carried out the region’s first robot-assisted kidney transplant.',
      'The patient, a 56-year-old bus driver from Ashworth, was home within five days. “I expected to be in bed for weeks. I was walking the next morning,” he said.',
      'The lead surgeon, Mr Arjun Mehta, said the robot allowed smaller cuts. “Less cutting means less pain and a quicker recovery,” the surgeon said.',
    ],
    [
      q('I expected to be in bed for weeks. I was walking the next morning,', 'patient (unnamed)'),
      q('Less cutting means less pain and a quicker recovery,', 'Arjun Mehta'),
    ],
  ),
  passage(
    'f5-opinion-01',
    ['opinion', 'non_quote_quotation_marks', 'scare_quotes', 'british_single_quotes'],
    [
      'The so-called ‘efficiency savings’ at the county’s libraries have meant shorter hours at every branch and the closure of two.',
      'The ‘consultation’ that preceded them ran for ten days in August, when most of the people who use libraries were on holiday.',
    ],
    [],
  ),
];
