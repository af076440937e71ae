// The own set's thirteenth part ("fresh 12"): written by the second engineer during round 10,
// without reading that round's rules, its probes or its new part (fresh 11), so round 10 is
// measured on text its author never saw, as fresh 10 measured round 9. It follows no round's
// shapes: wire politics and diplomacy, courts, sport with its epithets ("the 24-year-old", "the
// Frenchman"), business, health, science, local government, features in the present tense,
// obituaries, British single quotes, a Q/A; long passages with several people, roles that refer
// back to someone named ("the minister said"), two people of one gender, documents and
// organisations speaking, unnamed sources, quotes about someone, titles and scare quotes. Measured
// only: score-own.ts shows its mistakes only with --fresh12. Same gold conventions as passages.ts.
// People, places and organisations are made up.
import type { GoldItem } from '../dev-metrics';
import { passage, q } from './passages';

export const ownSetFresh12: GoldItem[] = [
  passage(
    'f12-diplomacy-01',
    ['wire', 'politics', 'role_reference', 'multiple_speakers'],
    [
      'GENEVA, June 12 (AP) — Foreign ministers from Valdria and Ostmark agreed on Thursday to reopen their shared border crossing, closed since a dispute over fishing rights two years ago.',
      'Valdria’s foreign minister, Petra Halvorsen, called the deal “a first step, not a last one.” “Nobody in the border towns cares who owns the fish. They care whether the bridge is open,” the minister said.',
      'Her Ostmark counterpart, Jonas Reinholt, said the crossing would open within a month. “We have wasted two years,” he said.',
    ],
    [
      q('a first step, not a last one.', 'Petra Halvorsen'),
      q('Nobody in the border towns cares who owns the fish. They care whether the bridge is open,', 'Petra Halvorsen'),
      q('We have wasted two years,', 'Jonas Reinholt'),
    ],
  ),
  passage(
    'f12-tennis-01',
    ['sport', 'epithet_speaker', 'quote_about_someone'],
    [
      'Lucie Marchand reached her first Grand Slam quarter-final on Monday, beating the fourth seed 6-4, 3-6, 7-5 in just under three hours.',
      '“I was shaking on match point. I could not feel my arm,” said the 21-year-old, who was ranked outside the top 200 a year ago.',
      'Her coach, Didier Laval, said she had always had the talent. “Lucie hits the ball as cleanly as anyone on the tour. What has changed is up here,” he said, tapping his head.',
      'The Frenchwoman plays Anna Koval of Ukraine next.',
    ],
    [
      q('I was shaking on match point. I could not feel my arm,', 'Lucie Marchand'),
      q('Lucie hits the ball as cleanly as anyone on the tour. What has changed is up here,', 'Didier Laval'),
    ],
  ),
  passage(
    'f12-court-01',
    ['courts', 'multiple_speakers', 'document_speaker', 'same_gender'],
    [
      'A property developer accused of bribing two planning officials told a jury on Wednesday that the payments were “consultancy fees” for legitimate advice.',
      'Gordon Fairlie, 58, denies three counts of bribery. Giving evidence at Leeds Crown Court, he said he had paid the men for help with “the paperwork nobody understands.”',
      'Under cross-examination, prosecutor Simon Achebe asked why the fees had been paid in cash. “It is what they asked for,” Fairlie replied.',
      'Achebe put it to him that no advice had ever been given. “That is simply not true,” he said.',
      'The indictment alleges the officials received £86,000 over four years. The trial continues.',
    ],
    [
      q('consultancy fees', 'Gordon Fairlie'),
      q('the paperwork nobody understands.', 'Gordon Fairlie'),
      q('It is what they asked for,', 'Gordon Fairlie'),
      q('That is simply not true,', 'Gordon Fairlie'),
    ],
  ),
  passage(
    'f12-health-01',
    ['health', 'organisation_speaker', 'role_speaker', 'multiple_speakers'],
    [
      'Hospitals in the north-west will postpone hundreds of routine operations this week as a winter virus fills wards, NHS North West said on Monday.',
      '“This is not a decision we take lightly, but we must keep beds for the sickest patients,” the organisation’s medical director, Dr Farah Qureshi, said.',
      'The Patients Association said the delays would fall hardest on those already waiting more than a year. “Every postponement is a person in pain for longer,” its chief executive, Rachel Power, said.',
    ],
    [
      q('This is not a decision we take lightly, but we must keep beds for the sickest patients,', 'Farah Qureshi'),
      q('Every postponement is a person in pain for longer,', 'Rachel Power'),
    ],
  ),
  passage(
    'f12-business-01',
    ['business', 'organisation_speaker', 'multiple_speakers', 'told_media'],
    [
      'Electric-van maker Voltra said on Tuesday it would cut 600 jobs, a fifth of its workforce, after orders from delivery firms fell sharply.',
      '“Demand has not disappeared, it has been delayed,” chief executive Marco Bellini told Reuters in an interview. “When the next wave of orders comes, we will be ready for it.”',
      'The company said the cuts would mostly fall on its plant in Turin.',
      'Union leader Giulia Ferri said workers had been “treated like spare parts.”',
    ],
    [
      q('Demand has not disappeared, it has been delayed,', 'Marco Bellini'),
      q('When the next wave of orders comes, we will be ready for it.', 'Marco Bellini'),
      q('treated like spare parts.', 'Giulia Ferri'),
    ],
  ),
  passage(
    'f12-feature-01',
    ['feature', 'present_tense', 'pronoun_speaker', 'multiple_speakers'],
    [
      'The last working forge in Pennock sits at the bottom of a lane too narrow for a car.',
      'Tom Ashby, 67, has shod horses here since he was fifteen. His hands are the colour of the iron. “People think it is a dying trade. There are more horses round here than there were when I started,” he says.',
      'His granddaughter Ellie, 19, is his apprentice. “Grandad does not explain anything. You watch, and you get it wrong, and you watch again,” she says.',
      'Ashby laughs. “That is how I learned. It is how she will learn,” he says.',
    ],
    [
      q('People think it is a dying trade. There are more horses round here than there were when I started,', 'Tom Ashby'),
      q('Grandad does not explain anything. You watch, and you get it wrong, and you watch again,', 'Ellie'),
      q('That is how I learned. It is how she will learn,', 'Tom Ashby'),
    ],
  ),
  passage(
    'f12-local-01',
    ['local', 'multiple_speakers', 'described_not_named', 'british_single_quotes'],
    [
      'Plans for 400 homes on farmland at Cold Ashby have been approved despite more than 1,200 objections.',
      "Councillor Brian Tait, who chairs the planning committee, said the council had no choice. 'If we refuse it, the developer wins on appeal and we pay the costs,' he said.",
      "A woman who has farmed next to the site for thirty years wept as the vote was read out. 'They have taken the view from my kitchen window,' she said.",
    ],
    [
      q('If we refuse it, the developer wins on appeal and we pay the costs,', 'Brian Tait'),
      q('They have taken the view from my kitchen window,', 'woman (unnamed)'),
    ],
  ),
  passage(
    'f12-science-01',
    ['science', 'document_speaker', 'multiple_speakers'],
    [
      'A small asteroid that briefly worried astronomers last month will miss Earth by a comfortable margin in 2041, new observations show.',
      'The European Space Agency said in a statement that the chance of an impact was now “effectively zero”.',
      '“This is how the system is supposed to work. You find something, you watch it, and the uncertainty shrinks,” said Dr Kenji Mori, who leads the agency’s near-Earth object team.',
    ],
    [
      q('effectively zero', 'European Space Agency'),
      q('This is how the system is supposed to work. You find something, you watch it, and the uncertainty shrinks,', 'Kenji Mori'),
    ],
  ),
  passage(
    'f12-football-01',
    ['sport', 'epithet_speaker', 'multiple_speakers', 'same_gender'],
    [
      'Kieran Doyle scored twice as Harcastle came from behind to beat Linfield 3-2 on Saturday.',
      '“I have not scored in six weeks, so I was due one. Two is a bonus,” said the Irishman, who joined from Cork City in January.',
      'Linfield manager Steve Pryor said his defence had “switched off” for both goals. “You cannot give a striker like that two chances and expect to win,” he said.',
      'Harcastle boss Alan Reece was just as blunt about his own side’s first half. “We were awful,” he said. “I told them that at half-time, in slightly stronger words.”',
    ],
    [
      q('I have not scored in six weeks, so I was due one. Two is a bonus,', 'Kieran Doyle'),
      q('switched off', 'Steve Pryor'),
      q('You cannot give a striker like that two chances and expect to win,', 'Steve Pryor'),
      q('We were awful,', 'Alan Reece'),
      q('I told them that at half-time, in slightly stronger words.', 'Alan Reece'),
    ],
  ),
  passage(
    'f12-anon-01',
    ['politics', 'unnamed_source', 'according_to'],
    [
      'The government will delay its ban on new petrol cars by three years, according to two officials briefed on the decision.',
      'One of them, who spoke on condition of anonymity because the announcement had not been made, said: “The charging network is not there yet. Everyone in the building knows it.”',
      'A spokesperson for the Department for Transport declined to comment.',
    ],
    [q('The charging network is not there yet. Everyone in the building knows it.', 'official (unnamed)')],
  ),
  passage(
    'f12-obit-01',
    ['obituary', 'multiple_speakers', 'quote_about_someone'],
    [
      'Joan Whitlow, who ran the Corner Café in Millbridge for 52 years and fed the town’s night-shift workers at cost during the miners’ strike, has died aged 91.',
      'Her son, Peter Whitlow, said she had worked until she was 88. “She said retirement was for people who did not like people,” he said.',
      'Former miner Dennis Holt remembered the strike. “We had no money at all. Joan never once asked us to pay,” he said.',
    ],
    [
      q('She said retirement was for people who did not like people,', 'Peter Whitlow'),
      q('We had no money at all. Joan never once asked us to pay,', 'Dennis Holt'),
    ],
  ),
  passage(
    'f12-qa-01',
    ['interview', 'qa_transcript'],
    [
      'The new head of the city’s orchestra, conductor Sofia Brandt, spoke to us before her first concert.',
      'Q: What do you want people to feel when they leave?',
      'A: That they want to come back next week.',
      'Q: And the musicians?',
      'A: The same thing, honestly.',
    ],
    [
      q('What do you want people to feel when they leave?', 'interviewer'),
      q('That they want to come back next week.', 'Sofia Brandt'),
      q('And the musicians?', 'interviewer'),
      q('The same thing, honestly.', 'Sofia Brandt'),
    ],
  ),
  passage(
    'f12-statement-01',
    ['crime', 'organisation_speaker', 'multiple_speakers'],
    [
      'Two teenagers have been charged after a fire destroyed a community centre in Abbeyfield on Sunday night.',
      'Merrow Police said the boys, aged 15 and 16, would appear before youth magistrates on Tuesday.',
      '“We know how much the centre meant to people, and we have worked around the clock,” Superintendent Karen Lyle said.',
      'The centre’s manager, Asif Rahman, said a fundraising page had raised £40,000 in two days. “The building is gone. The community clearly is not,” he said.',
    ],
    [
      q('We know how much the centre meant to people, and we have worked around the clock,', 'Karen Lyle'),
      q('The building is gone. The community clearly is not,', 'Asif Rahman'),
    ],
  ),
  passage(
    'f12-two-men-01',
    ['politics', 'same_gender', 'pronoun_speaker', 'multiple_speakers'],
    [
      'The mayor, Neil Garside, and his challenger, Craig Buckley, clashed over bus fares in a radio debate on Thursday.',
      'Garside said free fares for under-18s had “paid for themselves” in higher town-centre spending.',
      'Buckley said the scheme had been funded by cutting evening services. “Ask anyone who works a late shift how free their bus is,” he said.',
      'Garside hit back. “My opponent has never taken a bus in this town,” he said.',
    ],
    [
      q('paid for themselves', 'Neil Garside'),
      q('Ask anyone who works a late shift how free their bus is,', 'Craig Buckley'),
      q('My opponent has never taken a bus in this town,', 'Neil Garside'),
    ],
  ),
  passage(
    'f12-colon-01',
    ['wire', 'colon_cue', 'organisation_speaker'],
    [
      'Heavy snow closed schools across the Highlands for a second day on Wednesday.',
      'A statement from Highland Council read: “All schools in Badenoch, Lochaber and Skye will remain closed on Thursday. We will review the position at 6am on Friday.”',
      'Parents were told to check the council’s website.',
    ],
    [q('All schools in Badenoch, Lochaber and Skye will remain closed on Thursday. We will review the position at 6am on Friday.', 'Highland Council')],
  ),
  passage(
    'f12-multi-01',
    ['politics', 'multi_paragraph_quote', 'continuation'],
    [
      'The chancellor, Miriam Osei, used her first budget speech to promise “a decade of building.”',
      '“We will build the homes, the railways and the power lines this country has put off for a generation,” Osei told the Commons.',
      '“And we will pay for it honestly, by asking those with the broadest shoulders to carry a little more.',
      '“That is not ideology. It is arithmetic.”',
    ],
    [
      q('a decade of building.', 'Miriam Osei'),
      q('We will build the homes, the railways and the power lines this country has put off for a generation,', 'Miriam Osei'),
      q('And we will pay for it honestly, by asking those with the broadest shoulders to carry a little more.', 'Miriam Osei'),
      q('That is not ideology. It is arithmetic.', 'Miriam Osei'),
    ],
  ),
  passage(
    'f12-scare-01',
    ['opinion', 'non_quote_quotation_marks', 'no_gold_quotes'],
    [
      'The council’s new “wellbeing hub” turns out to be a room above the library with two chairs and a leaflet rack.',
      'Its opening was marked with a ribbon, a press release and the word “transformational”, which is doing a great deal of work.',
    ],
    [],
  ),
  passage(
    'f12-title-01',
    ['arts', 'non_quote_quotation_marks', 'multiple_speakers'],
    [
      'The musical “Harbour Lights” will close in the West End next month after a two-year run.',
      'Its producer, Daniel Stern, said ticket sales had fallen since the original cast left. “Every show has its moment. This one had a very good one,” he said.',
    ],
    [q('Every show has its moment. This one had a very good one,', 'Daniel Stern')],
  ),
  passage(
    'f12-after-01',
    ['wire', 'speaker_before_quote', 'told_media', 'pronoun_speaker'],
    [
      'Mountain rescue teams in Snowdonia were called out 41 times in August, their busiest month on record.',
      'Team leader Owen Pritchard told BBC Wales that many of those rescued had set off in trainers and without a map. He said: “The mountain does not care how many followers you have.”',
    ],
    [q('The mountain does not care how many followers you have.', 'Owen Pritchard')],
  ),
  passage(
    'f12-role-back-01',
    ['politics', 'role_reference', 'pronoun_speaker'],
    [
      'The former prime minister Sir Edward Lyle has criticised the government’s decision to scrap the high-speed rail link to the north.',
      'In a rare intervention, Sir Edward said the decision would be “regretted for fifty years.” “Every great project in this country was called a white elephant until it was built,” the former prime minister said.',
    ],
    [q('regretted for fifty years.', 'Edward Lyle'), q('Every great project in this country was called a white elephant until it was built,', 'Edward Lyle')],
  ),
  passage(
    'f12-residents-01',
    ['local', 'group_speaker', 'organisation_speaker'],
    [
      'Residents of Lark Rise have started a petition against plans to close their village post office.',
      '“Half the people in this village do not have a car. Where are they supposed to get their pensions?” the petition asks.',
      'The Post Office said it was looking for a shop to take over the service. “We are committed to keeping a counter in the village,” it said.',
    ],
    [
      q('Half the people in this village do not have a car. Where are they supposed to get their pensions?', 'the petition'),
      q('We are committed to keeping a counter in the village,', 'The Post Office'),
    ],
  ),
  passage(
    'f12-according-01',
    ['business', 'according_to', 'pronoun_speaker', 'same_gender'],
    [
      'House prices fell for a third month in a row in October, according to the Harbourside Building Society.',
      'Its chief economist, Helen Bright, said higher mortgage rates were still working through the market. “Buyers are cautious, and sellers are slowly adjusting their expectations,” she said.',
      'Anna Collis, an estate agent in Bristol, said her viewings were down by a third. “People are looking. They are just not making offers,” she said.',
    ],
    [
      q('Buyers are cautious, and sellers are slowly adjusting their expectations,', 'Helen Bright'),
      q('People are looking. They are just not making offers,', 'Anna Collis'),
    ],
  ),
  passage(
    'f12-rescue-01',
    ['wire', 'described_not_named', 'multiple_speakers'],
    [
      'A fisherman was rescued after clinging to his upturned boat for nine hours off the coast of Cornwall.',
      'The 54-year-old, from Newlyn, was spotted by a passing ferry at first light. “I sang every song I knew, twice,” he told reporters from his hospital bed.',
      'Coastguard commander Rhys Bevan said the man had survived because he stayed with the boat. “If he had tried to swim for it, we would be having a very different conversation,” he said.',
    ],
    [
      q('I sang every song I knew, twice,', 'fisherman (unnamed)'),
      q('If he had tried to swim for it, we would be having a very different conversation,', 'Rhys Bevan'),
    ],
  ),
  passage(
    'f12-tribute-01',
    ['sport', 'organisation_speaker', 'quote_about_someone'],
    [
      'Cricket club Ashdown CC has retired the number 7 shirt of its former captain, Raj Mehta, who died in a car crash in March.',
      '“Raj gave this club everything for twenty years. Nobody will wear seven again,” the club said in a statement.',
      'His widow, Priya, said the family was “overwhelmed” by the tributes.',
    ],
    [q('Raj gave this club everything for twenty years. Nobody will wear seven again,', 'Ashdown CC'), q('overwhelmed', 'Priya')],
  ),
  passage(
    'f12-wire-02',
    ['wire', 'said_before_name', 'multiple_speakers'],
    [
      'MADRID, Jan 9 (Reuters) - Spain’s farm lobby warned on Monday that olive oil prices could rise another 20% this year after a second dry winter.',
      '“The trees are exhausted,” said Javier Montoro, a grower in Jaén and a spokesman for the lobby group. “You cannot ask a tree to produce when it has had no water for two years.”',
      'Consumer group OCU said shoppers were already switching to sunflower oil.',
    ],
    [q('The trees are exhausted,', 'Javier Montoro'), q('You cannot ask a tree to produce when it has had no water for two years.', 'Javier Montoro')],
  ),
  passage(
    'f12-inquest-01',
    ['courts', 'inquest', 'role_speaker', 'multiple_speakers'],
    [
      'An inquest has heard that a cyclist killed on the A38 had been wearing high-visibility clothing and lights.',
      'Marcus Dell, 44, died after being struck by a lorry near Bromsgrove in November.',
      'The lorry driver told the inquest he had been dazzled by low sun. “I did not see him until it was too late. I think about it every day,” he said.',
      'Coroner Jennifer Cole recorded a conclusion of road traffic collision. “This was a tragedy for everyone involved,” she said.',
    ],
    [
      q('I did not see him until it was too late. I think about it every day,', 'lorry driver (unnamed)'),
      q('This was a tragedy for everyone involved,', 'Jennifer Cole'),
    ],
  ),
  passage(
    'f12-education-01',
    ['education', 'multiple_speakers', 'pronoun_speaker'],
    [
      'A primary school in Dunsford has banned homework for pupils under nine.',
      'Head teacher Grace Mallory said children were coming to school “exhausted and anxious.” “They should be reading with their parents, playing outside and sleeping. Worksheets can wait,” she said.',
      'Not all parents agree. Mark Jensen, whose son is in year three, said he worried the school was “lowering the bar.”',
    ],
    [
      q('exhausted and anxious.', 'Grace Mallory'),
      q('They should be reading with their parents, playing outside and sleeping. Worksheets can wait,', 'Grace Mallory'),
      q('lowering the bar.', 'Mark Jensen'),
    ],
  ),
  passage(
    'f12-headline-01',
    ['headline', 'wire'],
    [
      '“I never gave up hope”: sailor found after 60 days adrift',
      'A solo sailor missing for two months in the Pacific has been found alive by a fishing boat, Chile’s navy said on Sunday.',
      'Matteo Ricci, 47, lost his mast in a storm in March. “I never gave up hope. I had rainwater, fish and a lot of time to think,” he said in a video released by the navy.',
    ],
    [q('I never gave up hope. I had rainwater, fish and a lot of time to think,', 'Matteo Ricci')],
  ),
  passage(
    'f12-spokes-01',
    ['politics', 'role_speaker', 'unnamed_source', 'multiple_speakers'],
    [
      'Downing Street has rejected calls for an inquiry into the awarding of a £90 million contract for school laptops.',
      '“The contract was awarded properly and in line with the rules,” the prime minister’s official spokesman told reporters.',
      'Labour’s education spokeswoman, Kate Rowntree, said that was not good enough. “If there is nothing to hide, publish the paperwork,” she said.',
    ],
    [
      q('The contract was awarded properly and in line with the rules,', 'prime minister’s official spokesman (unnamed)'),
      q('If there is nothing to hide, publish the paperwork,', 'Kate Rowntree'),
    ],
  ),
  passage(
    'f12-verdict-01',
    ['courts', 'multiple_speakers', 'group_speaker'],
    [
      'A jury has cleared three climate activists of criminal damage after they sprayed orange paint on the offices of an oil company.',
      'The defendants told the court they had acted to prevent greater harm. “We tried letters, marches and petitions. Nobody listened,” said Chloe Barnes, 24.',
      'Outside court, supporters chanted “Not guilty!” as the three emerged.',
      'The company said it was “disappointed” by the verdict.',
    ],
    [q('We tried letters, marches and petitions. Nobody listened,', 'Chloe Barnes'), q('Not guilty!', 'supporters'), q('disappointed', 'The company')],
  ),
  passage(
    'f12-interview-02',
    ['feature', 'pronoun_speaker', 'multi_paragraph_quote'],
    [
      'Dr Nadia Haddad has spent twenty years studying why some people never catch the flu.',
      '“Everyone assumes it is luck,” she says. “It is not luck. It is a particular kind of immune memory, and we are starting to understand it.”',
      'Her team’s latest paper, published in Nature Immunology, identifies three genes that appear to play a role.',
      '“Three is a start. There will be dozens,” Haddad says.',
    ],
    [
      q('Everyone assumes it is luck,', 'Nadia Haddad'),
      q('It is not luck. It is a particular kind of immune memory, and we are starting to understand it.', 'Nadia Haddad'),
      q('Three is a start. There will be dozens,', 'Nadia Haddad'),
    ],
  ),
  passage(
    'f12-weather-01',
    ['weather', 'organisation_speaker', 'role_speaker'],
    [
      'The Met Office has issued an amber warning for wind across south-west England, with gusts of up to 80mph expected on Friday.',
      '“There is a danger to life from flying debris, and people should avoid the coast,” said chief meteorologist Paul Gundry.',
      'Network Rail said trains in Devon and Cornwall would run at reduced speed.',
    ],
    [q('There is a danger to life from flying debris, and people should avoid the coast,', 'Paul Gundry')],
  ),
  passage(
    'f12-letters-01',
    ['letters', 'non_quote_quotation_marks', 'no_gold_quotes'],
    [
      'Sir, the “consultation” on the closure of our library lasted eleven days and was advertised only on a website the library’s users cannot reach without the library.',
      'Margaret Foley, Hetherton',
    ],
    [],
  ),
  passage(
    'f12-rival-01',
    ['sport', 'same_gender', 'quote_about_someone', 'pronoun_speaker'],
    [
      'Rebecca Lang beat her long-time rival Sarah Quinn in the final of the national squash championship on Sunday.',
      '“Sarah has beaten me more times than I can count. Today it was my turn,” Lang said.',
      'Quinn, who had won the title four years running, was gracious. “She was better than me in every part of the game,” she said.',
    ],
    [
      q('Sarah has beaten me more times than I can count. Today it was my turn,', 'Rebecca Lang'),
      q('She was better than me in every part of the game,', 'Sarah Quinn'),
    ],
  ),
  passage(
    'f12-airport-01',
    ['transport', 'organisation_speaker', 'described_not_named'],
    [
      'Thousands of passengers were stranded at Elmford Airport on Saturday after a power cut shut down check-in and baggage systems.',
      'One passenger, who had been due to fly to Malaga with her three children, said they had queued for six hours. “Nobody told us anything. We found out from Twitter,” she said.',
      'The airport apologised and said power had been restored by mid-afternoon.',
    ],
    [q('Nobody told us anything. We found out from Twitter,', 'passenger (unnamed)')],
  ),
  passage(
    'f12-minister-01',
    ['politics', 'role_reference', 'multiple_speakers', 'same_gender'],
    [
      'Health Minister Aoife Brennan announced on Monday that prescription charges would be scrapped from April.',
      '“No one should have to choose between their medicine and their dinner,” the minister said.',
      'Opposition health spokeswoman Nuala Kerrigan welcomed the move but said it was overdue. “This was our policy three years ago,” she said.',
    ],
    [q('No one should have to choose between their medicine and their dinner,', 'Aoife Brennan'), q('This was our policy three years ago,', 'Nuala Kerrigan')],
  ),
  passage(
    'f12-charity-01',
    ['local', 'multiple_speakers', 'described_not_named', 'pronoun_speaker'],
    [
      'A food bank in Thornley has run out of tinned food for the first time in its ten-year history.',
      'Volunteer coordinator Sue Barker said demand had doubled since the summer. “We used to see pensioners and people between jobs. Now it is nurses and bus drivers,” she said.',
      'A mother of two who uses the food bank every week said she worked thirty hours a week in a care home. “I am not ashamed. I am angry,” she said.',
    ],
    [
      q('We used to see pensioners and people between jobs. Now it is nurses and bus drivers,', 'Sue Barker'),
      q('I am not ashamed. I am angry,', 'mother of two (unnamed)'),
    ],
  ),
  passage(
    'f12-tech-01',
    ['business', 'told_media', 'organisation_speaker', 'multiple_speakers'],
    [
      'Software company Brightline has been fined £4.2 million for failing to protect the data of 300,000 customers.',
      'The Information Commissioner’s Office said the firm had ignored repeated warnings about weak passwords on its servers.',
      '“This was not a sophisticated attack. It was an open door,” deputy commissioner Laura Finch said.',
      'Brightline said it had “fundamentally changed” its security since the breach and would not appeal.',
    ],
    [q('This was not a sophisticated attack. It was an open door,', 'Laura Finch'), q('fundamentally changed', 'Brightline')],
  ),
  passage(
    'f12-nyt-01',
    ['wire', 'title_before_name', 'multiple_speakers'],
    [
      'WASHINGTON — The Federal Reserve left interest rates unchanged on Wednesday, but signaled that it could cut them as soon as its next meeting.',
      '“We are not there yet, but we are getting closer,” the Fed chair, Margaret Delaney, said at a news conference.',
      'Some economists were unconvinced. “The Fed has said ‘closer’ for six months,” said Luis Ortega, chief economist at Bayline Capital. “At some point the word stops meaning anything.”',
    ],
    [
      q('We are not there yet, but we are getting closer,', 'Margaret Delaney'),
      q('The Fed has said ‘closer’ for six months,', 'Luis Ortega'),
      q('At some point the word stops meaning anything.', 'Luis Ortega'),
    ],
  ),
  passage(
    'f12-nurse-01',
    ['health', 'unnamed_source', 'british_single_quotes'],
    [
      "Staff at St Aldhelm's Hospital say a new rota system has left wards dangerously short at night.",
      "One senior nurse, who asked not to be named, said: 'Last Tuesday there were two of us for 28 patients. That is not safe, and everyone knows it is not safe.'",
      "The hospital trust said safe staffing was 'our highest priority'.",
    ],
    [
      q('Last Tuesday there were two of us for 28 patients. That is not safe, and everyone knows it is not safe.', 'senior nurse (unnamed)'),
      q('our highest priority', 'The hospital trust'),
    ],
  ),
];
