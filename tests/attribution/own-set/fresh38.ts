// The own set's thirty-ninth part ("fresh 38"): written by a second author during the nineteenth session, without reading the engine's rules, its tests or any other part's passages, so it is measured on text its author never saw. It covers transport, education, weather, farming and rural news (councils, schools, floods, strikes, letters). Measured only. Same gold conventions as passages.ts. People, places and organisations are made up.
import type { GoldItem } from '../dev-metrics';
import { passage, q } from './passages';

export const ownSetFresh38: GoldItem[] = [
  passage('f38-rail-strike-01', ['us_wire', 'straight_quotes', 'long_appositive', 'organisation_speaker', 'partial_quote', 'age_after_name'], [
    `PHILADELPHIA (AP) — Commuter trains across the Delmont Valley region sat idle Tuesday as roughly 2,300 engineers and conductors walked off the job after contract talks collapsed shortly before midnight.`,
    `"We did not want this, but management left us no choice," said Raymond Okafor, president of the Brotherhood of Regional Rail Workers Local 417, which represents most of the system's operating crews. "Our members have worked without a raise for three years."`,
    `The Delmont Valley Transit Authority said in a statement that it had offered a 9% raise over four years and called the walkout "reckless and unnecessary."`,
    `"Riders should plan for no service through at least Thursday," authority spokeswoman Denise Harlan told reporters at the downtown terminal. She said shuttle buses would run from five suburban stations but warned that they would fill quickly.`,
    `At the Norristown Road station, nurse Carla Mendes, 41, stared at a blank departure board. "I've got a twelve-hour shift starting at seven," she said. "Nobody told us anything."`,
  ], [
    q(`We did not want this, but management left us no choice,`, 'Raymond Okafor'),
    q(`Our members have worked without a raise for three years.`, 'Raymond Okafor'),
    q(`reckless and unnecessary.`, 'the Delmont Valley Transit Authority'),
    q(`Riders should plan for no service through at least Thursday,`, 'Denise Harlan'),
    q(`I've got a twelve-hour shift starting at seven,`, 'Carla Mendes'),
    q(`Nobody told us anything.`, 'Carla Mendes'),
  ]),

  passage('f38-school-inspection-02', ['british_local', 'british_single_quotes', 'colon_cue', 'document_speaker', 'partial_quote', 'unnamed_source', 'organisation_speaker'], [
    `Inspectors have rated St Aldhelm's Church of England Primary School in Ashworth inadequate, less than two years after it was praised for its reading programme.`,
    `The report, published by the Schools Inspectorate on Thursday, found that pupils' behaviour in lessons was 'frequently disruptive' and that safeguarding records were 'incomplete and poorly maintained'.`,
    `Headteacher Gillian Mercer said: 'We are disappointed by the outcome but we accept the findings in full. A great deal of work is already under way.'`,
    `She added that two new deputy heads had started in September.`,
    `Parent Tom Radcliffe, whose two sons attend the school, said: 'The teachers are lovely but everyone could see things were slipping. I just hope the kids don't pay for it.'`,
    `A spokesperson for Wessex County Council said the authority would 'provide intensive support' to the school over the coming year.`,
  ], [
    q(`frequently disruptive`, 'the report'),
    q(`incomplete and poorly maintained`, 'the report'),
    q(`We are disappointed by the outcome but we accept the findings in full. A great deal of work is already under way.`, 'Gillian Mercer'),
    q(`The teachers are lovely but everyone could see things were slipping. I just hope the kids don't pay for it.`, 'Tom Radcliffe'),
    q(`provide intensive support`, 'Wessex County Council spokesperson (unnamed)'),
  ]),

  passage('f38-flood-village-03', ['irish', 'straight_quotes', 'partial_quote', 'quote_about_other', 'pronoun_speaker', 'long_appositive'], [
    `Dozens of homes in Ballykeeran were evacuated overnight after the River Owenbeg burst its banks for the second time in three weeks.`,
    `Cllr Seán Duggan, cathaoirleach of Kilmoran County Council, said the village had been "abandoned" by successive governments. "We were promised flood defences in 2016. We have a report, we have drawings, and we have water in people's kitchens," he said.`,
    `Mr Duggan said he had spoken to Minister of State Pádraig Costigan, who visited the area last month. "He listened, and I'll give him that," he said. "But listening doesn't build walls."`,
    `Local farmer Noreen Hickey, who lost 40 acres of silage ground to the floodwater, said the council's emergency response had been quick but the problem was structural. "Every winter it's the same story," she said.`,
  ], [
    q(`abandoned`, 'Seán Duggan'),
    q(`We were promised flood defences in 2016. We have a report, we have drawings, and we have water in people's kitchens,`, 'Seán Duggan'),
    q(`He listened, and I'll give him that,`, 'Seán Duggan'),
    q(`But listening doesn't build walls.`, 'Seán Duggan'),
    q(`Every winter it's the same story,`, 'Noreen Hickey'),
  ]),

  passage('f38-exam-results-04', ['indian_english', 'straight_quotes', 'role_reference', 'relative_speaker', 'age_after_name'], [
    `LUCKNOW: A record 88.4 per cent of students cleared the Class 12 examinations conducted by the State Board of Higher Secondary Education this year, the board announced on Saturday.`,
    `"The pass percentage in rural districts has improved for the third consecutive year, which shows that the remedial classes are working," board chairman Dr Alok Srivastava told reporters at a press conference.`,
    `Ananya Tripathi, 17, from Sitapur district, topped the state with 98.6 per cent. "I studied six to seven hours daily and never went for tuition," said the topper, whose father runs a hardware shop. "My teachers at the government inter college helped me a lot."`,
    `Her mother, Sunita Tripathi, said the family had not slept the previous night. "When her name came on TV, we all started crying," she said.`,
    `Students who failed in one subject can apply for the compartment examination till July 15, Dr Srivastava said.`,
  ], [
    q(`The pass percentage in rural districts has improved for the third consecutive year, which shows that the remedial classes are working,`, 'Alok Srivastava'),
    q(`I studied six to seven hours daily and never went for tuition,`, 'Ananya Tripathi'),
    q(`My teachers at the government inter college helped me a lot.`, 'Ananya Tripathi'),
    q(`When her name came on TV, we all started crying,`, 'Sunita Tripathi'),
  ]),

  passage('f38-bus-strike-05', ['new_zealand', 'straight_quotes', 'continuation', 'speaker_named_later', 'no_cue_quote'], [
    `Thousands of Auckland commuters are being told to find other ways to get to work on Monday after bus drivers at Harbourline voted to strike for 24 hours.`,
    `Tramways and Passenger Transport Union organiser Mereana Walker said drivers were exhausted by split shifts. "Some of our members are starting at 5am and finishing at 8pm, with a four-hour unpaid gap in the middle. That's not a life," she said.`,
    `"It's not acceptable and it's not safe."`,
    `"We are disappointed the union has chosen to disrupt passengers while talks are still ongoing."`,
    `That was the response from Harbourline chief executive Grant Fyfe, who said the company's offer of a 6 per cent pay rise remained on the table.`,
    `Commuter Lisa Tane, who catches the 881 from Albany, said she would have to take annual leave. "I can't afford a taxi across the bridge every day."`,
  ], [
    q(`Some of our members are starting at 5am and finishing at 8pm, with a four-hour unpaid gap in the middle. That's not a life,`, 'Mereana Walker'),
    q(`It's not acceptable and it's not safe.`, 'Mereana Walker'),
    q(`We are disappointed the union has chosen to disrupt passengers while talks are still ongoing.`, 'Grant Fyfe'),
    q(`I can't afford a taxi across the bridge every day.`, 'Lisa Tane'),
  ]),

  passage('f38-broadband-report-06', ['british_broadsheet', 'british_single_quotes', 'non_quote_quotation_marks', 'colon_cue', 'unnamed_source', 'age_after_name'], [
    `Almost one in five homes in the Highlands still cannot get a reliable broadband connection, according to a report published yesterday by the Rural Services Network Scotland.`,
    `The report, entitled 'Switched Off: Life at the End of the Line', found that some villages in the north-west had download speeds slower than those available in cities two decades ago.`,
    `Its author, Dr Fiona MacLeod of the Kessock Institute, said: 'People are running businesses from kitchen tables on connections that drop out whenever it rains. That is not a rural idyll, it is a rural handicap.'`,
    `The scheme known as 'Reaching the Last Mile', launched by ministers in 2021, was supposed to connect every property by the end of last year.`,
    `Crofter Alasdair Munro, 63, from Achmore, said he had given up on it. 'They call it the last mile,' he said. 'For us it's been the last decade.'`,
    `A spokeswoman for the Department of Rural Affairs said: 'We recognise the frustration of households still waiting. More than 40,000 additional premises will be connected over the next 18 months.'`,
  ], [
    q(`People are running businesses from kitchen tables on connections that drop out whenever it rains. That is not a rural idyll, it is a rural handicap.`, 'Fiona MacLeod'),
    q(`They call it the last mile,`, 'Alasdair Munro'),
    q(`For us it's been the last decade.`, 'Alasdair Munro'),
    q(`We recognise the frustration of households still waiting. More than 40,000 additional premises will be connected over the next 18 months.`, 'Department of Rural Affairs spokesperson (unnamed)'),
  ]),

  passage('f38-drought-farm-07', ['australian', 'present_tense_says', 'feature', 'straight_quotes', 'relative_speaker', 'quote_about_other', 'age_after_name'], [
    `On a paddock outside Warrumbool, in Victoria's north-west, Graham Pettit kicks at soil that crumbles like biscuit.`,
    `"This should be knee-high wheat by now," says the 58-year-old, who farms 2400 hectares with his wife Julie and their son Mitch. "We've had 62 millimetres since January. You can't grow anything on 62 millimetres."`,
    `Julie Pettit keeps the books. She says the farm has cut its spending on fertiliser by half and sold more than 300 ewes. "We're not going under, but we're not spending a cent we don't have to," she says.`,
    `Mitch Pettit, 26, is less patient. "Dad reckons it'll turn around next year. Everyone's dad reckons that," he says with a grin.`,
    `Local agronomist Priya Nair says the district's farmers are better prepared than they were during the Millennium Drought. "The guys out here have learned to hold back on inputs early. It's the ones who borrowed heavily in the good years who are hurting," she says.`,
  ], [
    q(`This should be knee-high wheat by now,`, 'Graham Pettit'),
    q(`We've had 62 millimetres since January. You can't grow anything on 62 millimetres.`, 'Graham Pettit'),
    q(`We're not going under, but we're not spending a cent we don't have to,`, 'Julie Pettit'),
    q(`Dad reckons it'll turn around next year. Everyone's dad reckons that,`, 'Mitch Pettit'),
    q(`The guys out here have learned to hold back on inputs early. It's the ones who borrowed heavily in the good years who are hurting,`, 'Priya Nair'),
  ]),

  passage('f38-town-board-transcript-08', ['us_newspaper', 'transcript', 'straight_quotes', 'label_speaker'], [
    `The Carver Falls Town Board voted 4-1 on Tuesday to close the Mill Street bridge for eight weeks of repairs beginning June 3. Town Supervisor Helen Lindqvist, Highway Superintendent Donna Reyes and resident Karl Bauer, who owns a hardware store on the far side of the bridge, spoke before the vote. An excerpt from the town's recording follows.`,
    `SUPERVISOR LINDQVIST: "The next item is the proposal to close the Mill Street bridge. Mr. Bauer, you asked to speak."`,
    `BAUER: "I did. My business is on the far side of that bridge. Eight weeks with no through traffic will finish me."`,
    `REYES: "We understand that. The alternative is a bridge that fails inspection and closes for a year."`,
    `SUPERVISOR LINDQVIST: "Can the work be done at night?"`,
    `REYES: "Not the deck pour. We'll look at everything else."`,
  ], [
    q(`The next item is the proposal to close the Mill Street bridge. Mr. Bauer, you asked to speak.`, 'Helen Lindqvist'),
    q(`I did. My business is on the far side of that bridge. Eight weeks with no through traffic will finish me.`, 'Karl Bauer'),
    q(`We understand that. The alternative is a bridge that fails inspection and closes for a year.`, 'Donna Reyes'),
    q(`Can the work be done at night?`, 'Helen Lindqvist'),
    q(`Not the deck pour. We'll look at everything else.`, 'Donna Reyes'),
  ]),

  passage('f38-airport-storm-09', ['singapore_english', 'straight_quotes', 'organisation_speaker', 'social_media', 'partial_quote', 'unnamed_source', 'age_after_name'], [
    `SINGAPORE — More than 40 flights were delayed and six diverted on Wednesday evening as intense thunderstorms swept across the island, with lightning forcing ground crews to halt operations for nearly two hours.`,
    `Budget carrier Merlion Air said in a statement on Thursday that it "deeply regrets the inconvenience caused" and would provide meal vouchers to affected passengers. The airport operator said safety remained its first concern.`,
    `Passenger Jolene Tan, 34, posted on Facebook at 11.40pm: "Stuck on the plane at the gate for three hours. No water, no updates. Kids are melting down. Thanks Merlion." The post was shared more than 2,000 times.`,
    `A spokesman for the National Weather Centre said: "Such storms are typical of the inter-monsoon period, but Wednesday's cells were unusually slow-moving."`,
  ], [
    q(`deeply regrets the inconvenience caused`, 'Merlion Air'),
    q(`Stuck on the plane at the gate for three hours. No water, no updates. Kids are melting down. Thanks Merlion.`, 'Jolene Tan'),
    q(`Such storms are typical of the inter-monsoon period, but Wednesday's cells were unusually slow-moving.`, 'National Weather Centre spokesperson (unnamed)'),
  ]),

  passage('f38-university-cuts-10', ['canadian', 'straight_quotes', 'long_appositive', 'same_gender_alternation', 'quote_about_other', 'organisation_speaker', 'partial_quote'], [
    `HALIFAX — The president of Bedford Coast University says the school will have to cut as many as 80 faculty positions after the province froze operating grants for a second straight year.`,
    `"We have reached the end of what efficiencies can deliver," said Dr. Marguerite Ouellette, president and vice-chancellor of the university since 2019 and a former deputy minister of health. "What comes next is program closures."`,
    `Advanced Education Minister Colleen Barkhouse rejected that characterization on Wednesday. "Universities in this province received more than $500 million last year. I'd invite them to look at their administrative costs before they look at their classrooms," she said.`,
    `Ouellette said administrative spending at Bedford Coast was the lowest in Atlantic Canada. "The minister knows that," she said.`,
    `Barkhouse's office later issued a statement saying the government "remains open to discussion" with all post-secondary institutions.`,
    `Students' union president Amira Haddad, 22, said tuition had already risen three years in a row. "We're the ones who will pay for this, in fees and in courses that disappear," Haddad said.`,
  ], [
    q(`We have reached the end of what efficiencies can deliver,`, 'Marguerite Ouellette'),
    q(`What comes next is program closures.`, 'Marguerite Ouellette'),
    q(`Universities in this province received more than $500 million last year. I'd invite them to look at their administrative costs before they look at their classrooms,`, 'Colleen Barkhouse'),
    q(`The minister knows that,`, 'Marguerite Ouellette'),
    q(`remains open to discussion`, "Colleen Barkhouse's office"),
    q(`We're the ones who will pay for this, in fees and in courses that disappear,`, 'Amira Haddad'),
  ]),

  passage('f38-fishers-court-11', ['south_african', 'straight_quotes', 'lawsuit', 'organisation_speaker', 'partial_quote', 'age_after_name'], [
    `CAPE TOWN – Small-scale fishers from five West Coast villages have gone to the Western Cape High Court to challenge this season's snoek and west coast rock lobster allocations, which they say leave their families with nothing.`,
    `In court papers, the Kraalbaai Fishers' Co-operative argues that the allocation process was "irrational, procedurally unfair and conducted without meaningful consultation".`,
    `Co-operative chairperson Dawid Adams, 57, said his family had fished from Kraalbaai for four generations. "My grandfather went out in a rowing boat. Now they tell me I can catch 80 kilograms of lobster for the whole season. What must I do with 80 kilograms?"`,
    `Department of Marine Resources spokesperson Thandeka Mokoena said the allocations had been made "strictly in accordance with the policy" and that the department would oppose the application.`,
    `"We cannot comment further on a matter that is before the court," Mokoena said.`,
  ], [
    q(`irrational, procedurally unfair and conducted without meaningful consultation`, "the Kraalbaai Fishers' Co-operative"),
    q(`My grandfather went out in a rowing boat. Now they tell me I can catch 80 kilograms of lobster for the whole season. What must I do with 80 kilograms?`, 'Dawid Adams'),
    q(`strictly in accordance with the policy`, 'Thandeka Mokoena'),
    q(`We cannot comment further on a matter that is before the court,`, 'Thandeka Mokoena'),
  ]),

  passage('f38-letters-post-office-12', ['letters', 'british_local', 'british_single_quotes', 'non_quote_quotation_marks', 'partial_quote', 'unnamed_source'], [
    `SIR – I was dismayed to read (Gazette, 14 March) that the post office in Little Hadborough is to close after 112 years.`,
    `At last month's parish council meeting, Cllr Rosemary Pike said the closure was 'regrettable but unavoidable'. I would like to know what, exactly, was tried before it became unavoidable.`,
    `For many older residents, the post office is the only place to collect a pension, pay a bill or simply speak to another person. The so-called 'outreach service' – a van that will visit for two hours on a Tuesday – is no substitute.`,
    `Margaret Ellison, Little Hadborough`,
    `SIR – Those who still call the Hadborough bypass the 'road to nowhere' clearly have not tried to drive through Kemble Street at half past eight in the morning.`,
    `As a retained firefighter I can tell you that the bypass has cut our response times to the eastern villages by several minutes. My station officer put it simply on the day it opened: 'That road will save lives.'`,
    `D. Okonjo, Hadborough`,
  ], [
    q(`regrettable but unavoidable`, 'Rosemary Pike'),
    q(`That road will save lives.`, 'station officer (unnamed)'),
  ]),

  passage('f38-teachers-strike-kenya-13', ['kenyan', 'straight_quotes', 'long_appositive', 'continuation', 'no_cue_quote'], [
    `NAIROBI — Public primary school teachers will down their tools from Monday next week unless the government releases the second phase of their collective bargaining agreement, their union has warned.`,
    `Kenya Union of Primary Teachers (KUPT) secretary-general Collins Wekesa Barasa said the union had exhausted all avenues of dialogue with the Teachers Employment Commission.`,
    `"We have written letters, we have attended meetings, we have been patient. Our members cannot be patient forever," Mr Barasa told journalists in Nakuru on Saturday.`,
    `He said the strike would affect more than 4,000 schools in 19 counties. "Parents should not blame the teachers. They should blame those who are sitting on the money."`,
    `But Education Cabinet Secretary Dr Esther Nyokabi said the government had already set aside Sh8.2 billion for the agreement and urged teachers to remain in class. "The money is there. The disbursement process is ongoing and teachers will be paid," she said in a statement.`,
    `In Kisumu, Otieno Ochieng, a boda boda rider whose three children attend Kanyakwar Primary, said he feared another lost term. "During the last strike my children stayed home for five weeks. Who will give them back that time?"`,
  ], [
    q(`We have written letters, we have attended meetings, we have been patient. Our members cannot be patient forever,`, 'Collins Wekesa Barasa'),
    q(`Parents should not blame the teachers. They should blame those who are sitting on the money.`, 'Collins Wekesa Barasa'),
    q(`The money is there. The disbursement process is ongoing and teachers will be paid,`, 'Esther Nyokabi'),
    q(`During the last strike my children stayed home for five weeks. Who will give them back that time?`, 'Otieno Ochieng'),
  ]),

  passage('f38-storm-power-14', ['us_newspaper', 'straight_quotes', 'unnamed_source', 'organisation_speaker', 'partial_quote', 'age_after_name'], [
    `Crews worked through the night Sunday to restore power to more than 180,000 customers across eastern North Carolina after a line of severe thunderstorms packing 80 mph gusts tore through the region.`,
    `"This was a derecho-type event, and it moved faster than almost anything we've seen here," said meteorologist Tyrone Whitfield of the weather service's regional office.`,
    `A senior utility official, who spoke on condition of anonymity because he was not authorized to discuss restoration estimates, said some rural customers "could be in the dark until Thursday or later."`,
    `Coastal Plains Electric Cooperative said in a statement that 312 poles had been snapped and that "the damage to our distribution system is the worst in our 70-year history."`,
    `In Harlowe Crossing, Ruth Ann Sizemore, 79, sat on her porch beside a fallen oak that had missed her kitchen by a few feet. "The good Lord moved that tree about four feet to the left," she said. "My late husband planted it in 1961."`,
  ], [
    q(`This was a derecho-type event, and it moved faster than almost anything we've seen here,`, 'Tyrone Whitfield'),
    q(`could be in the dark until Thursday or later.`, 'utility official (unnamed)'),
    q(`the damage to our distribution system is the worst in our 70-year history.`, 'Coastal Plains Electric Cooperative'),
    q(`The good Lord moved that tree about four feet to the left,`, 'Ruth Ann Sizemore'),
    q(`My late husband planted it in 1961.`, 'Ruth Ann Sizemore'),
  ]),

  passage('f38-road-closure-15', ['british_local', 'british_single_quotes', 'colon_cue', 'same_gender_alternation', 'partial_quote', 'long_appositive'], [
    `The B4418 between Hensley and Mardon Cross will be closed for up to six weeks from Monday while engineers repair a landslip that has undermined part of the carriageway.`,
    `Cllr Martin Hale, cabinet member for highways at Mardonshire County Council, said: 'We know this will be disruptive, especially for people in the villages. But the road is simply not safe and we cannot take chances with it.'`,
    `The signed diversion adds around 14 miles to the journey. Garage owner Phil Danby, whose business sits a few hundred yards from the closure, said: 'Six weeks with no passing trade and they call it disruptive. I'll be lucky to still be here by the summer.'`,
    `Cllr Hale said the council would 'look at what support we can offer' to traders affected by the closure.`,
    `Mr Danby said he had heard that before. 'They said the same when they dug up the bridge in 2019,' he added. 'Nobody saw a penny.'`,
  ], [
    q(`We know this will be disruptive, especially for people in the villages. But the road is simply not safe and we cannot take chances with it.`, 'Martin Hale'),
    q(`Six weeks with no passing trade and they call it disruptive. I'll be lucky to still be here by the summer.`, 'Phil Danby'),
    q(`look at what support we can offer`, 'Martin Hale'),
    q(`They said the same when they dug up the bridge in 2019,`, 'Phil Danby'),
    q(`Nobody saw a penny.`, 'Phil Danby'),
  ]),

  passage('f38-farm-payments-16', ['irish', 'curly_quotes', 'document_speaker', 'according_to', 'colon_cue', 'unnamed_source', 'partial_quote'], [
    `Payments under the new suckler scheme will be delayed by up to eight weeks, according to an internal Department of Agriculture memo seen by this newspaper.`,
    `The memo, dated May 9, says the delay is due to “unforeseen difficulties with the new mapping system” and warns that “a significant number of applicants” will not be paid before the end of June.`,
    `Tom Kavanagh, president of the National Tillage and Livestock Association, said: “Farmers have bills to pay in June, not in August. The department has known about these IT problems since January.”`,
    `A department spokeswoman said: “The vast majority of payments will issue on schedule. Any farmer with a query should contact the helpline.”`,
    `According to Mr Kavanagh, some members “have already been on to the banks”.`,
  ], [
    q(`unforeseen difficulties with the new mapping system`, 'the memo'),
    q(`a significant number of applicants`, 'the memo'),
    q(`Farmers have bills to pay in June, not in August. The department has known about these IT problems since January.`, 'Tom Kavanagh'),
    q(`The vast majority of payments will issue on schedule. Any farmer with a query should contact the helpline.`, 'Department of Agriculture spokesperson (unnamed)'),
    q(`have already been on to the banks`, 'Tom Kavanagh'),
  ]),

  passage('f38-rural-post-office-17', ['canadian', 'curly_quotes', 'present_tense_says', 'feature', 'quote_about_other', 'organisation_speaker', 'age_after_name'], [
    `In the hamlet of Lac-Brûlé, Que., the post office is also the place to hear who’s sick, who’s selling a truck and whose daughter just had twins.`,
    `“Marielle knows everyone’s business, and that’s a compliment,” says Gérard Lapointe, 81, who has collected his mail from the same wooden counter since 1967. “If she goes, we lose more than stamps.”`,
    `Postmaster Marielle Thibodeau, 59, learned in March that the Canadian Postal Corporation plans to replace the counter with a bank of community mailboxes at the edge of the village.`,
    `“They sent a letter. Nobody came to talk to us,” she says.`,
    `In an e-mailed statement, the Crown corporation said the change reflects “declining mail volumes and the need to modernize service in rural communities.”`,
  ], [
    q(`Marielle knows everyone’s business, and that’s a compliment,`, 'Gérard Lapointe'),
    q(`If she goes, we lose more than stamps.`, 'Gérard Lapointe'),
    q(`They sent a letter. Nobody came to talk to us,`, 'Marielle Thibodeau'),
    q(`declining mail volumes and the need to modernize service in rural communities.`, 'the Canadian Postal Corporation'),
  ]),

  passage('f38-onion-protest-18', ['indian_english', 'straight_quotes', 'crowd_speaker', 'age_after_name', 'long_appositive'], [
    `NASHIK: Hundreds of onion growers blocked the Mumbai-Agra highway near Pimpalgaon for nearly four hours on Monday, protesting a crash in wholesale prices to as low as ₹400 per quintal.`,
    `Raising slogans of "Kandyala bhav dya" (give onions a fair price), the farmers dumped tractor-loads of onions on the road.`,
    `"It costs me ₹1,500 to grow one quintal. At these rates I am paying the trader to take my crop," said Sanjay Pawar, 44, who grows onions on three acres in Niphad taluka.`,
    `Onion Growers' Welfare Forum president Bhausaheb Kadam demanded that the Centre immediately lift the export duty. "The government talks about doubling farmers' income. Let it first stop halving it," he said.`,
    `District collector Meera Deshmukh, who met a delegation of farmers later in the day, said their demands would be forwarded to the state government. "I have assured them that their concerns will reach Mumbai today itself," she said.`,
  ], [
    q(`Kandyala bhav dya`, 'the farmers'),
    q(`It costs me ₹1,500 to grow one quintal. At these rates I am paying the trader to take my crop,`, 'Sanjay Pawar'),
    q(`The government talks about doubling farmers' income. Let it first stop halving it,`, 'Bhausaheb Kadam'),
    q(`I have assured them that their concerns will reach Mumbai today itself,`, 'Meera Deshmukh'),
  ]),

  passage('f38-school-bus-19', ['australian', 'curly_quotes', 'continuation', 'relative_speaker', 'unnamed_source', 'age_after_name'], [
    `Parents in the Upper Tallong Valley say a decision to cut a school bus run will leave children as young as five standing on the side of a highway in the dark.`,
    `“It’s 6.40am in winter. It’s pitch black and the trucks are doing 100,” said Kylie Brennan, whose two children will have to walk 2.3 kilometres to the new pick-up point.`,
    `“Would the people who made this decision let their own kids do that?”`,
    `Her daughter, Sienna Brennan, 9, was more worried about her friends. “Everyone on our bus is going to be split up,” she said.`,
    `A Department of Education spokeswoman said the route had been reviewed because average daily patronage had fallen below the threshold of ten students. “Families affected have been offered the conveyance allowance,” she said.`,
  ], [
    q(`It’s 6.40am in winter. It’s pitch black and the trucks are doing 100,`, 'Kylie Brennan'),
    q(`Would the people who made this decision let their own kids do that?`, 'Kylie Brennan'),
    q(`Everyone on our bus is going to be split up,`, 'Sienna Brennan'),
    q(`Families affected have been offered the conveyance allowance,`, 'Department of Education spokesperson (unnamed)'),
  ]),

  passage('f38-parish-council-20', ['british_local', 'british_single_quotes', 'pronoun_speaker', 'quote_about_other', 'partial_quote', 'age_after_name'], [
    `Tempers flared at a meeting of Upper Brockley Parish Council on Tuesday as residents challenged plans to turn the village's only playing field into a car park for the new health centre.`,
    `Chairman Derek Vine opened the meeting by asking for calm. 'Everyone will get a chance to speak, but I will not have people shouting over each other,' he said.`,
    `Resident Alan Cooke, 72, who has lived opposite the field for 40 years, said the plan was 'an act of vandalism'. He told councillors his grandchildren had learned to ride their bikes there. 'Once it's tarmac it's tarmac for ever,' he said.`,
    `Mr Vine said the council had written to the managing director of Marlow Health Estates, Simon Pryce, asking him to attend the next meeting. 'He has promised me he will be there,' he said.`,
    `Parish clerk Jean Hollis said the next meeting would be held in the larger village hall 'so that nobody has to stand outside'.`,
  ], [
    q(`Everyone will get a chance to speak, but I will not have people shouting over each other,`, 'Derek Vine'),
    q(`an act of vandalism`, 'Alan Cooke'),
    q(`Once it's tarmac it's tarmac for ever,`, 'Alan Cooke'),
    q(`He has promised me he will be there,`, 'Derek Vine'),
    q(`so that nobody has to stand outside`, 'Jean Hollis'),
  ]),

  passage('f38-river-crest-21', ['us_wire', 'straight_quotes', 'split_quote_speaker_middle', 'age_after_name'], [
    `DAVENPORT, Iowa (AP) — The Mississippi River was expected to crest just below the top of this city's downtown floodwall late Monday, the highest level in more than a decade.`,
    `"We've sandbagged everything we can sandbag," Mayor Teresa Kowalczyk said Sunday, standing on the floodwall as volunteers passed bags down a line behind her. "Now it's up to the river."`,
    `"The wall is designed for 22 feet," said Luis Ibarra, the city's public works director, "and we're expecting 21.6. That's not a margin I love."`,
    `Downstream near Buffalo Landing, Dale Hutchins, 66, watched water cover the lowest 200 acres of his corn. "Forty years I've farmed this bottom ground. I've lost it four times," he said.`,
  ], [
    q(`We've sandbagged everything we can sandbag,`, 'Teresa Kowalczyk'),
    q(`Now it's up to the river.`, 'Teresa Kowalczyk'),
    q(`The wall is designed for 22 feet,`, 'Luis Ibarra'),
    q(`and we're expecting 21.6. That's not a margin I love.`, 'Luis Ibarra'),
    q(`Forty years I've farmed this bottom ground. I've lost it four times,`, 'Dale Hutchins'),
  ]),

  passage('f38-dorm-bunker-22', ['us_newspaper', 'straight_quotes', 'non_quote_quotation_marks', 'group_speaker', 'partial_quote', 'age_after_name'], [
    `Students at Northgate State University have long called the 1970s residence tower on the east side of campus "the Bunker," and administrators now concede the nickname is deserved.`,
    `"The building has reached the end of its useful life," said Kevin Marsh, the university's vice president for facilities. "We're not going to put another dime into the mechanical systems."`,
    `The university's board approved a $140 million replacement on Friday, to be funded partly by a new "facilities fee" that student leaders have called a "back-door tuition increase."`,
    `"Call it what you want — students are paying for it," said sophomore Hannah Oyelaran, 19, who lives on the building's ninth floor.`,
  ], [
    q(`The building has reached the end of its useful life,`, 'Kevin Marsh'),
    q(`We're not going to put another dime into the mechanical systems.`, 'Kevin Marsh'),
    q(`back-door tuition increase.`, 'student leaders'),
    q(`Call it what you want — students are paying for it,`, 'Hannah Oyelaran'),
  ]),

  passage('f38-gritting-23', ['british_local', 'british_single_quotes', 'non_quote_quotation_marks', 'no_quotes'], [
    `Mardonshire County Council's winter service, known internally as 'Operation Frostline', began on Sunday night as temperatures dropped to minus six in parts of the county.`,
    `Twenty-two gritters treated 1,200 miles of priority routes, and residents can follow them in real time using the council's 'Where's My Gritter?' map on its website.`,
    `Forecasters have issued a yellow warning for ice until 11am on Tuesday. Schools in Hensley and Mardon Cross are expected to open as normal.`,
  ], []),

  passage('f38-ag-show-24', ['new_zealand', 'straight_quotes', 'non_quote_quotation_marks', 'no_quotes'], [
    `More than 14,000 people passed through the gates of the Waimoana A&P Show over the weekend, the largest crowd since 2019.`,
    `Taupiri farmer Hemi Rāwiri's Hereford bull Kowhai Ridge Titan took the "Supreme Beef Exhibit" ribbon for the second year running, while the new "Young Farmer of the Year" title went to Ella Drummond, 24, of Ōtāua.`,
    `The show's food hall drew criticism online after several stalls advertised "organic" honey that organisers later confirmed had not been certified.`,
  ], []),

  passage('f38-teachers-pay-25', ['british_broadsheet', 'british_single_quotes', 'colon_cue', 'long_appositive', 'same_gender_alternation', 'partial_quote', 'unnamed_source'], [
    `Secondary schools across England face a fresh wave of strikes next month after members of the Association of Secondary Teachers voted by 78 per cent to reject the Government's pay offer.`,
    `Dr Helen Rourke, general secretary of the association and a former head of science at a comprehensive in Leeds, said: 'Teachers have been extraordinarily patient. That patience has now run out.'`,
    `The Education Secretary, Joanna Whitlock, said the offer was 'fair and fully funded' and urged the union to 'return to the table rather than close the school gates'.`,
    `Dr Rourke dismissed the claim. 'Fully funded for whom?' she asked. 'Ask any head teacher how they're going to pay for it out of budgets that are already cut to the bone.'`,
    `A senior Whitehall source said ministers were 'not going to be held to ransom' but privately accepted that some movement on workload was likely.`,
  ], [
    q(`Teachers have been extraordinarily patient. That patience has now run out.`, 'Helen Rourke'),
    q(`fair and fully funded`, 'Joanna Whitlock'),
    q(`return to the table rather than close the school gates`, 'Joanna Whitlock'),
    q(`Fully funded for whom?`, 'Helen Rourke'),
    q(`Ask any head teacher how they're going to pay for it out of budgets that are already cut to the bone.`, 'Helen Rourke'),
    q(`not going to be held to ransom`, 'Whitehall source (unnamed)'),
  ]),

  passage('f38-mackerel-closure-26', ['canadian', 'straight_quotes', 'relative_speaker', 'quote_about_other', 'organisation_speaker', 'dialect', 'age_after_name'], [
    `KETCH COVE, N.L. — For the third straight year, there will be no commercial mackerel fishery in Atlantic Canada, the federal government announced Friday.`,
    `"The science is clear, and the science has not changed," Fisheries Minister Anne-Marie Gagnon told reporters in Ottawa.`,
    `In Ketch Cove, Wayne Budden, 61, has fished mackerel since he was 15. "They says there's no fish. I been out there. The water's boiling with them," he said by phone from his stage.`,
    `His son, Jordan Budden, 34, has taken a job on a supply boat offshore. "Dad won't leave. I had to," he said. "There's a mortgage."`,
    `The Inshore Harvesters' Council said in a statement that the decision "ignores what harvesters are seeing on the water."`,
  ], [
    q(`The science is clear, and the science has not changed,`, 'Anne-Marie Gagnon'),
    q(`They says there's no fish. I been out there. The water's boiling with them,`, 'Wayne Budden'),
    q(`Dad won't leave. I had to,`, 'Jordan Budden'),
    q(`There's a mortgage.`, 'Jordan Budden'),
    q(`ignores what harvesters are seeing on the water.`, "the Inshore Harvesters' Council"),
  ]),

  passage('f38-cyclone-27', ['indian_english', 'straight_quotes', 'unnamed_source', 'organisation_speaker', 'long_appositive', 'age_after_name'], [
    `BHUBANESWAR: Over 1.2 lakh people were shifted to cyclone shelters in six coastal districts on Thursday as Cyclone Rohini intensified into a severe cyclonic storm over the Bay of Bengal.`,
    `"Our target is zero casualties. Not a single life should be lost," Special Relief Commissioner Prasanta Kumar Mohapatra said after a review meeting at the state secretariat.`,
    `A senior official in the Chief Minister's Office, who did not wish to be named, said disaster response teams had been positioned in every coastal block. "The CM has personally spoken to all six collectors," the official said.`,
    `The Met department has warned of "extremely heavy rainfall" at isolated places on Friday and Saturday.`,
    `In Astarang block, fisherman Bijay Behera, 38, was reluctant to leave his boat. "If the boat goes, everything goes. Who will feed my family?" he asked, before police persuaded him to board the bus to the shelter.`,
  ], [
    q(`Our target is zero casualties. Not a single life should be lost,`, 'Prasanta Kumar Mohapatra'),
    q(`The CM has personally spoken to all six collectors,`, 'official (unnamed)'),
    q(`extremely heavy rainfall`, 'the Met department'),
    q(`If the boat goes, everything goes. Who will feed my family?`, 'Bijay Behera'),
  ]),

  passage('f38-rail-fares-28', ['british_broadsheet', 'british_single_quotes', 'speaker_named_later', 'organisation_speaker', 'partial_quote', 'colon_cue', 'age_after_name'], [
    `Regulated rail fares in England will rise by 4.6 per cent in March, the Department for Transport confirmed yesterday, adding hundreds of pounds to the cost of many season tickets.`,
    `Passenger group RailWatch called the increase 'a kick in the teeth for people who have no choice but to take the train'.`,
    `'We have capped the rise below inflation for the second year running, and we are investing record sums in the network.'`,
    `So said the Rail Minister, Claire Dunmore, who insisted that fares remained 'good value' when compared with the cost of driving.`,
    `Commuter Ravi Sandhu, 38, who travels daily from Welbourne to London, said: 'My season ticket now costs more than my mortgage. Something is badly wrong.'`,
  ], [
    q(`a kick in the teeth for people who have no choice but to take the train`, 'RailWatch'),
    q(`We have capped the rise below inflation for the second year running, and we are investing record sums in the network.`, 'Claire Dunmore'),
    q(`good value`, 'Claire Dunmore'),
    q(`My season ticket now costs more than my mortgage. Something is badly wrong.`, 'Ravi Sandhu'),
  ]),

  passage('f38-pastoralists-drought-29', ['kenyan', 'straight_quotes', 'according_to', 'long_appositive', 'age_after_name'], [
    `MARSABIT — Pastoralists in northern Kenya have lost more than 60 per cent of their livestock following four failed rainy seasons, according to the county government.`,
    `"We used to count our wealth in camels and goats. Now we count the carcasses," said Halima Boru, a 45-year-old mother of seven in Kargi village.`,
    `County Executive Committee Member for Agriculture, Livestock and Fisheries Development Abdullahi Wako Guyo said the county had run out of money for emergency feed. "We have distributed 14,000 bags of animal feed, but honestly it is a drop in the ocean," he said.`,
    `Boru said her eldest son had travelled south with the family's remaining camels in search of pasture. "I have not heard from him for three weeks," she said.`,
  ], [
    q(`We used to count our wealth in camels and goats. Now we count the carcasses,`, 'Halima Boru'),
    q(`We have distributed 14,000 bags of animal feed, but honestly it is a drop in the ocean,`, 'Abdullahi Wako Guyo'),
    q(`I have not heard from him for three weeks,`, 'Halima Boru'),
  ]),

  passage('f38-radio-amalgamation-30', ['irish', 'curly_quotes', 'transcript', 'label_speaker', 'non_quote_quotation_marks', 'partial_quote'], [
    `The following exchange took place on Western Airwaves’ “Morning Call” programme on Tuesday, when presenter Fionnuala Breen put parents’ concerns to Minister of State Declan Moriarty.`,
    `BREEN: “Minister, parents in Cloonagh were told in June that their school will amalgamate with Kilcarn in September. Did anyone ask them?”`,
    `MORIARTY: “There was a full consultation process over eighteen months.”`,
    `BREEN: “The parents I’ve spoken to say the first they heard of it was a letter.”`,
    `MORIARTY: “I’d dispute that. I’d absolutely dispute that.”`,
    `Speaking afterwards, the chairwoman of the Cloonagh parents’ association, Áine Corcoran, said the minister’s account was “simply not true”.`,
  ], [
    q(`Minister, parents in Cloonagh were told in June that their school will amalgamate with Kilcarn in September. Did anyone ask them?`, 'Fionnuala Breen'),
    q(`There was a full consultation process over eighteen months.`, 'Declan Moriarty'),
    q(`The parents I’ve spoken to say the first they heard of it was a letter.`, 'Fionnuala Breen'),
    q(`I’d dispute that. I’d absolutely dispute that.`, 'Declan Moriarty'),
    q(`simply not true`, 'Áine Corcoran'),
  ]),

  passage('f38-flood-class-action-31', ['australian', 'straight_quotes', 'lawsuit', 'document_speaker', 'organisation_speaker', 'colon_cue', 'age_after_name'], [
    `More than 3000 Northern Rivers residents have joined a class action against insurer Coastline Mutual, alleging it wrongly denied flood claims after the 2022 floods.`,
    `The statement of claim, filed in the Federal Court on Monday, alleges the insurer relied on a "deliberately narrow" definition of flood to reject claims for water that entered homes through stormwater drains.`,
    `Lead plaintiff Deborah Lang, 67, of Lismore, said: "I paid my premiums for 31 years. When I needed them, they sent a bloke who spent ten minutes in my house and told me I wasn't covered."`,
    `Anthony Verco, a principal at Maguire Hollis Lawyers, which is running the case, said the insurer's conduct had been systemic. "This is about the fine print being used as a weapon against people at their lowest point," he said.`,
    `Coastline Mutual said it would "vigorously defend" the proceedings.`,
  ], [
    q(`deliberately narrow`, 'the statement of claim'),
    q(`I paid my premiums for 31 years. When I needed them, they sent a bloke who spent ten minutes in my house and told me I wasn't covered.`, 'Deborah Lang'),
    q(`This is about the fine print being used as a weapon against people at their lowest point,`, 'Anthony Verco'),
    q(`vigorously defend`, 'Coastline Mutual'),
  ]),

  passage('f38-tvet-shutdown-32', ['south_african', 'straight_quotes', 'continuation', 'social_media', 'unnamed_source', 'partial_quote'], [
    `JOHANNESBURG – Students at Rietvlei TVET College in Gauteng have shut down the campus for a second day, demanding that outstanding NSFAS allowances be paid.`,
    `Student representative council president Lerato Dlamini said some students had been without food allowances since February.`,
    `"There are students here who are sleeping in classrooms because they have been evicted from their residences. We are not asking for luxuries," she said.`,
    `"We are asking for what we were promised."`,
    `The college's acting principal, Dr Sipho Ndlovu, said in a statement that management "sympathises with the students' plight" but could not release funds it had not received.`,
    `On X, one student wrote: "Day 47 without allowance. Ate pap with water again tonight. #PayUsNow"`,
  ], [
    q(`There are students here who are sleeping in classrooms because they have been evicted from their residences. We are not asking for luxuries,`, 'Lerato Dlamini'),
    q(`We are asking for what we were promised.`, 'Lerato Dlamini'),
    q(`sympathises with the students' plight`, 'Sipho Ndlovu'),
    q(`Day 47 without allowance. Ate pap with water again tonight. #PayUsNow`, 'student (unnamed)'),
  ]),

  passage('f38-island-ferry-33', ['british_broadsheet', 'british_single_quotes', 'colon_cue', 'quote_about_other', 'organisation_speaker'], [
    `Islanders on Eilean Mòr have been left without a reliable ferry service for the third time this year after the vessel serving the route broke down on Saturday.`,
    `Morag Nicolson, who runs the island's only shop, said: 'I've had no fresh milk, bread or vegetables since Thursday. We're rationing what's left.'`,
    `Hebridean Island Ferries said in a statement: 'We apologise to customers for the disruption. Engineers are working to return the vessel to service as quickly as possible.'`,
    `Community council chairman Iain Macrae said: 'Kenneth Laird came here in April and promised us a new boat by 2026. He should come back and tell us to our faces what has happened to it.'`,
    `Mrs Nicolson added: 'People on the mainland have no idea what it's like.'`,
  ], [
    q(`I've had no fresh milk, bread or vegetables since Thursday. We're rationing what's left.`, 'Morag Nicolson'),
    q(`We apologise to customers for the disruption. Engineers are working to return the vessel to service as quickly as possible.`, 'Hebridean Island Ferries'),
    q(`Kenneth Laird came here in April and promised us a new boat by 2026. He should come back and tell us to our faces what has happened to it.`, 'Iain Macrae'),
    q(`People on the mainland have no idea what it's like.`, 'Morag Nicolson'),
  ]),

  passage('f38-school-lunch-34', ['us_newspaper', 'straight_quotes', 'nickname', 'non_quote_quotation_marks', 'pronoun_speaker', 'quote_about_other'], [
    `The Lake Orrin School Board voted 5-2 Monday night to end its contract with the district's longtime food service vendor and buy more of its lunch ingredients from local farms.`,
    `Board member Gerald "Gus" Pruitt, a retired dairy farmer, led the push. "Our kids are eating reheated chicken nuggets that were frozen in another state," he said. "We've got farms ten miles from here."`,
    `Superintendent Ramona Kessler said the change would be phased in over the school year. She said district nutrition director Linda Farraday had already met with three local growers. "She has done the legwork, and I'm confident in the plan," she said.`,
    `Board member Cheryl Vang, who voted no, said the local contract would cost about 40 cents more per meal. "I'm all for local food. I'm not for a budget hole we haven't figured out how to fill," Vang said.`,
  ], [
    q(`Our kids are eating reheated chicken nuggets that were frozen in another state,`, 'Gerald Pruitt'),
    q(`We've got farms ten miles from here.`, 'Gerald Pruitt'),
    q(`She has done the legwork, and I'm confident in the plan,`, 'Ramona Kessler'),
    q(`I'm all for local food. I'm not for a budget hole we haven't figured out how to fill,`, 'Cheryl Vang'),
  ]),

  passage('f38-train-fault-35', ['singapore_english', 'straight_quotes', 'social_media', 'organisation_speaker', 'partial_quote', 'colon_cue', 'age_after_name'], [
    `SINGAPORE – A power fault disrupted train services on the Coastal Line for nearly five hours during the morning peak on Tuesday, affecting an estimated 200,000 commuters.`,
    `Operator CityRail said in a Facebook post at 7.12am: "Due to a power fault, there is no train service between Tanah Merah and Pasir Ris stations. Free regular and bridging bus services are available."`,
    `Commuter Muhammad Faizal Rahman, 29, an engineer, said the bridging buses were packed. "I waited 40 minutes for a bus. By the time I reached the office, my meeting was already over," he said.`,
    `Senior Minister of State for Transport Lim Wei Ling said in a statement that she had asked the transport regulator to investigate "the root cause of the fault and CityRail's response".`,
    `"Commuters deserve a full accounting," she added.`,
  ], [
    q(`Due to a power fault, there is no train service between Tanah Merah and Pasir Ris stations. Free regular and bridging bus services are available.`, 'CityRail'),
    q(`I waited 40 minutes for a bus. By the time I reached the office, my meeting was already over,`, 'Muhammad Faizal Rahman'),
    q(`the root cause of the fault and CityRail's response`, 'Lim Wei Ling'),
    q(`Commuters deserve a full accounting,`, 'Lim Wei Ling'),
  ]),

  passage('f38-readers-bus-cuts-36', ['welsh_local', 'readers_reactions', 'straight_quotes', 'social_media', 'unnamed_source', 'relative_mentioned', 'organisation_speaker', 'colon_cue'], [
    `We asked readers on our Facebook page what they thought of plans to cut the number 42 bus to Llanfair Fawr to two journeys a day. Here is a selection of your responses.`,
    `Gwen Parry wrote: "My mother is 88 and the bus is the only way she gets to the surgery. Two buses a day means a whole day out for a ten-minute appointment."`,
    `"Use it or lose it. I've seen that bus go past with two people on it," said Mark Hughes.`,
    `Another reader, who asked not to be named, commented: "The council found money for a new roundabout outside County Hall quick enough."`,
    `Operator Cambrian Coachways said: "We simply cannot run a service that loses £90,000 a year without support from the council."`,
  ], [
    q(`My mother is 88 and the bus is the only way she gets to the surgery. Two buses a day means a whole day out for a ten-minute appointment.`, 'Gwen Parry'),
    q(`Use it or lose it. I've seen that bus go past with two people on it,`, 'Mark Hughes'),
    q(`The council found money for a new roundabout outside County Hall quick enough.`, 'reader (unnamed)'),
    q(`We simply cannot run a service that loses £90,000 a year without support from the council.`, 'Cambrian Coachways'),
  ]),

  passage('f38-hail-wheat-37', ['us_wire', 'straight_quotes', 'according_to', 'long_appositive', 'no_cue_quote', 'age_after_name'], [
    `KINGSBURY, Kan. (AP) — A hailstorm with stones the size of golf balls flattened thousands of acres of nearly ripe wheat in south-central Kansas on Saturday, days before harvest was set to begin.`,
    `"It looked like somebody took a weed-eater to the whole field," said Brent Vogel, 52, who estimates he lost 80% of his crop. "Twenty minutes, and a year's work is gone."`,
    `According to Marla Jensen, general manager of the Kingsbury Cooperative Grain Co., the elevator had expected to take in 1.4 million bushels this summer. "We'll be lucky to see half that," she said.`,
    `Crop insurance will cover some of the losses, Vogel said, but not all. "Insurance keeps you alive. It doesn't keep you ahead."`,
  ], [
    q(`It looked like somebody took a weed-eater to the whole field,`, 'Brent Vogel'),
    q(`Twenty minutes, and a year's work is gone.`, 'Brent Vogel'),
    q(`We'll be lucky to see half that,`, 'Marla Jensen'),
    q(`Insurance keeps you alive. It doesn't keep you ahead.`, 'Brent Vogel'),
  ]),

  passage('f38-university-strike-nz-38', ['new_zealand', 'straight_quotes', 'same_gender_alternation', 'quote_about_other', 'partial_quote'], [
    `Staff at Te Awa University walked off the job for four hours on Wednesday, cancelling lectures for an estimated 9000 students, in a dispute over proposed job cuts in the humanities.`,
    `Tertiary Staff Union branch president Dr Craig Henare said the cuts would gut the university. "This place is about to lose its history department, its classics department and half its languages. You can't call yourself a university after that," Henare said.`,
    `Vice-chancellor Professor Martin Collier said the cuts were needed to close a $34 million deficit. "I take no pleasure in this. But I will not hand my successor a university that cannot pay its bills," he said.`,
    `Henare said Collier had "chosen the spreadsheet over the students".`,
    `Collier, in turn, accused the union of "scaremongering" about the scale of the cuts.`,
  ], [
    q(`This place is about to lose its history department, its classics department and half its languages. You can't call yourself a university after that,`, 'Craig Henare'),
    q(`I take no pleasure in this. But I will not hand my successor a university that cannot pay its bills,`, 'Martin Collier'),
    q(`chosen the spreadsheet over the students`, 'Craig Henare'),
    q(`scaremongering`, 'Martin Collier'),
  ]),

  passage('f38-creamery-book-39', ['irish', 'curly_single_quotes', 'non_quote_quotation_marks', 'partial_quote', 'nickname'], [
    `A history of Kilbrack’s creamery, ‘Milk and Money: A Co-op Story, 1898-1998’, was launched in the village hall on Friday night by the retired dairy scientist Dr Brendan Hurley.`,
    `The book’s author, local teacher Siobhán Keane, said it had taken her six years to write. ‘Every family in this parish has a churn story,’ she said. ‘I just went door to door and listened.’`,
    `Dr Hurley, who worked at the creamery as a teenager, said the closure of the plant in 1998 was ‘the day the village lost its heartbeat’.`,
    `Copies are available from Kilbrack post office, with proceeds going to the restoration of the old creamery weighbridge, known to generations of farmers simply as ‘the Scales’.`,
  ], [
    q(`Every family in this parish has a churn story,`, 'Siobhán Keane'),
    q(`I just went door to door and listened.`, 'Siobhán Keane'),
    q(`the day the village lost its heartbeat`, 'Brendan Hurley'),
  ]),

  passage('f38-a-level-twins-40', ['british_broadsheet', 'curly_single_quotes', 'apostrophe_inside_quote', 'relative_speaker', 'colon_cue', 'long_appositive'], [
    `Twins Amelia and Jacob Foster opened their A-level results together at Westbury Park Sixth Form College yesterday – and will now go their separate ways, to Edinburgh and Exeter.`,
    `‘We’ve shared a bedroom wall for 18 years, so I think we’ll cope,’ said Amelia, who achieved three A*s and will study medicine.`,
    `Jacob, who got A*AB and is going to read geography, was more emotional. ‘I’m going to miss her, not that I’ll ever tell her that,’ he said.`,
    `Their mother, Rachel Foster, said: ‘I’m so proud of both of them. The house is going to be very quiet.’`,
    `Nationally, the proportion of top grades fell slightly for the second year in a row. Sarah Whitcombe, chief executive of the Association of College Leaders, said: ‘These are a strong set of results achieved by students whose early secondary education was badly disrupted.’`,
  ], [
    q(`We’ve shared a bedroom wall for 18 years, so I think we’ll cope,`, 'Amelia Foster'),
    q(`I’m going to miss her, not that I’ll ever tell her that,`, 'Jacob Foster'),
    q(`I’m so proud of both of them. The house is going to be very quiet.`, 'Rachel Foster'),
    q(`These are a strong set of results achieved by students whose early secondary education was badly disrupted.`, 'Sarah Whitcombe'),
  ]),

  passage('f38-blizzard-highway-41', ['canadian', 'straight_quotes', 'long_title', 'organisation_speaker', 'phrase_between_quote_and_cue', 'age_after_name'], [
    `"Do not travel. I can't say it any more plainly than that," RCMP Cpl. Jennifer Oakes said Tuesday morning, as blowing snow reduced visibility to near zero across much of west-central Saskatchewan.`,
    `Trucker Harjit Gill, 47, had been stuck at a service station in Kerrobert since Monday night. "We've got maybe 60 trucks in this lot. Everybody's sharing coffee and stories. What else can you do?" he said.`,
    `The federal weather agency said in its latest warning that "travel is expected to be hazardous due to reduced visibility in some locations."`,
    `Oakes said two people were taken to hospital with minor injuries after a collision near Macklin. "Both of them were lucky," she said.`,
  ], [
    q(`Do not travel. I can't say it any more plainly than that,`, 'Jennifer Oakes'),
    q(`We've got maybe 60 trucks in this lot. Everybody's sharing coffee and stories. What else can you do?`, 'Harjit Gill'),
    q(`travel is expected to be hazardous due to reduced visibility in some locations.`, 'the federal weather agency'),
    q(`Both of them were lucky,`, 'Jennifer Oakes'),
  ]),

  passage('f38-water-outage-42', ['south_african', 'straight_quotes', 'non_quote_quotation_marks', 'nickname', 'honorific', 'age_after_name'], [
    `Residents of Nkanyezi have been without running water for nine days, and the municipality says it cannot say when the taps will run again.`,
    `Municipal spokesperson Sibusiso Zulu said two of the three pumps at the Mfolozi Road pump station had failed. "We are sourcing parts, but these are specialised components," he said.`,
    `Residents have taken to calling the rusting reservoir on the hill "the white elephant".`,
    `Gogo Nomvula Mthembu, 74, said she had been queuing at a municipal tanker twice a day. "I carry 20 litres on my head like I did when I was a girl. After 30 years of democracy, I am back where I started," she said.`,
    `"The municipality has been warned about this pump station since 2019. This is not an accident, it is negligence," said ward councillor Thabo Ngcobo.`,
  ], [
    q(`We are sourcing parts, but these are specialised components,`, 'Sibusiso Zulu'),
    q(`I carry 20 litres on my head like I did when I was a girl. After 30 years of democracy, I am back where I started,`, 'Nomvula Mthembu'),
    q(`The municipality has been warned about this pump station since 2019. This is not an accident, it is negligence,`, 'Thabo Ngcobo'),
  ]),
];
