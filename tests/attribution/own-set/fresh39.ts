// The own set's fortieth part ("fresh 39"): written by a second author during the twentieth session, without reading the engine's rules, its tests or any other part's passages, so it is measured on text its author never saw. It covers politics and elections: parliaments, legislatures, city councils, campaigns, debates, press briefings, coalition talks, local government, in many countries. Measured only. Same gold conventions as passages.ts. People, places and organisations are made up.
import type { GoldItem } from '../dev-metrics';
import { passage, q } from './passages';

export const ownSetFresh39: GoldItem[] = [
  passage('f39-council-budget-01', ['us_wire', 'local_government', 'role_reference', 'partial_quote', 'long_appositive'], [
    `MARLOWE, Ohio (AP) — The Marlowe City Council voted 6-3 on Tuesday night to approve a $412 million budget that trims library hours and adds 14 police officers, ending a month of contentious hearings.`,
    `"Nobody on this dais got everything they wanted, and that's usually the sign of a budget that can pass," said Council President Denise Okafor-Hale, who cast the deciding vote to close debate.`,
    `Councilman Ruben Castellanos, who voted no, said the library cuts would fall hardest on the city's east side. "We are balancing this on the backs of kids who don't have broadband at home," he said.`,
    `Mayor Trevor Lindqvist is expected to sign the measure Friday. A spokeswoman for the mayor, Alana Pryce, said he was "grateful for the council's work" and would review the police staffing plan with the chief.`,
    `"The mayor asked for 20 officers and got 14," Pryce said. "He'll take it."`,
  ], [
    q(`Nobody on this dais got everything they wanted, and that's usually the sign of a budget that can pass,`, 'Denise Okafor-Hale'),
    q(`We are balancing this on the backs of kids who don't have broadband at home,`, 'Ruben Castellanos'),
    q(`grateful for the council's work`, 'Alana Pryce'),
    q(`The mayor asked for 20 officers and got 14,`, 'Alana Pryce'),
    q(`He'll take it.`, 'Alana Pryce'),
  ]),

  passage('f39-byelection-02', ['british_single_quotes', 'colon_cue', 'campaign', 'quote_about_other', 'unnamed_source', 'partial_quote'], [
    `The Civic Party and the Liberal Alliance traded blows yesterday over the Ashcombe and Wyre by-election, with polling day just nine days away.`,
    `The Liberal Alliance candidate, Fiona Harcastle, a former headteacher, said: 'People here have been taken for granted for thirty years. They know it, and on the doorstep they are telling me so.'`,
    `Her Civic Party rival, Kwame Boateng-Price, dismissed the claim. 'Fiona's leaflets promise a new hospital that no party could deliver in one term,' he said. 'Voters deserve better than bar charts drawn in crayon.'`,
    `A National Party source said privately that the party had 'all but given up' on the seat, though its candidate, Giles Ormerod, insisted the race was 'wide open'.`,
    `Turnout at the last general election in the constituency was 58 per cent.`,
  ], [
    q(`People here have been taken for granted for thirty years. They know it, and on the doorstep they are telling me so.`, 'Fiona Harcastle'),
    q(`Fiona's leaflets promise a new hospital that no party could deliver in one term,`, 'Kwame Boateng-Price'),
    q(`Voters deserve better than bar charts drawn in crayon.`, 'Kwame Boateng-Price'),
    q(`all but given up`, 'National Party source (unnamed)'),
    q(`wide open`, 'Giles Ormerod'),
  ]),

  passage('f39-assembly-walkout-03', ['indian_english', 'legislature', 'quote_about_other', 'partial_quote'], [
    `SONAPUR: Opposition members walked out of the Sonapur Legislative Assembly on Wednesday after Speaker R. Venkataraghavan refused to admit an adjournment motion on the drinking water shortage in the northern districts.`,
    `"The Speaker is acting as an agent of the ruling party, not as the custodian of this House," Leader of the Opposition Meenakshi Sundaram Iyer told reporters outside the chamber. "Seventeen villages in Tirunagar are getting water once in ten days and we are not allowed to discuss it?"`,
    `Parliamentary Affairs Minister Harpreet Singh Bajwa countered that the motion had been filed "well past the deadline" and that the government was ready for a discussion under a different rule.`,
    `"We have nothing to hide," Mr. Bajwa said, adding that tankers had been deployed in all affected taluks. "Let them come back and debate. Walking out is easy."`,
    `The House was later adjourned for the day.`,
  ], [
    q(`The Speaker is acting as an agent of the ruling party, not as the custodian of this House,`, 'Meenakshi Sundaram Iyer'),
    q(`Seventeen villages in Tirunagar are getting water once in ten days and we are not allowed to discuss it?`, 'Meenakshi Sundaram Iyer'),
    q(`well past the deadline`, 'Harpreet Singh Bajwa'),
    q(`We have nothing to hide,`, 'Harpreet Singh Bajwa'),
    q(`Let them come back and debate. Walking out is easy.`, 'Harpreet Singh Bajwa'),
  ]),

  passage('f39-rent-bill-names-04', ['non_quote_quotation_marks', 'no_quotes', 'legislature', 'australian_english'], [
    `The lower house of the Norvala state parliament passed the so-called "Fair Rent Bill" late on Thursday, 44 votes to 39, after a debate that ran past midnight.`,
    `The legislation, formally titled the "Residential Tenancies Amendment (Rent Stability) Bill 2024", caps annual rent increases at the rate of inflation plus two per cent and bans "no-grounds" evictions.`,
    `Opposition members had dubbed it the "Landlord Exodus Act", and the property industry has spent heavily on a television campaign under the slogan "Build More, Not Less".`,
    `The bill now goes to the upper house, where the government lacks a majority and will need the support of at least two crossbenchers, including the independent Lorraine "Lorrie" Tavatu.`,
  ], []),

  passage('f39-coalition-talks-05', ['reuters_style', 'coalition_talks', 'unnamed_source', 'organisation_speaker', 'partial_quote', 'colon_cue'], [
    `VELDHAVEN, Nov 14 (Reuters) - Coalition talks between the centre-right People's Renewal Party and the Greens broke down on Thursday over energy policy, two people familiar with the negotiations said, leaving the country without a government seven weeks after the election.`,
    `"There was no way to square the coal phase-out date with what the PRP promised its voters in the east," said one of the people, who asked not to be named because the talks were confidential.`,
    `The Greens said in a statement that they "remain available for serious negotiations" but would not "sign up to a coalition agreement that sets the climate clock back a decade."`,
    `PRP leader Annelies Vermeulen-Stok told reporters at party headquarters that the door was not closed. "We have had breaks in talks before. Sometimes a pause is the most productive thing," she said.`,
    `Asked whether she would now approach the Social Democrats, Vermeulen-Stok said: "I will speak to every party that respects the result. That is all I will say tonight."`,
  ], [
    q(`There was no way to square the coal phase-out date with what the PRP promised its voters in the east,`, 'person familiar with the negotiations (unnamed)'),
    q(`remain available for serious negotiations`, 'the Greens'),
    q(`sign up to a coalition agreement that sets the climate clock back a decade.`, 'the Greens'),
    q(`We have had breaks in talks before. Sometimes a pause is the most productive thing,`, 'Annelies Vermeulen-Stok'),
    q(`I will speak to every party that respects the result. That is all I will say tonight.`, 'Annelies Vermeulen-Stok'),
  ]),

  passage('f39-governorship-rally-06', ['nigerian_english', 'campaign', 'pronoun_speaker', 'two_same_gender_speakers', 'role_reference'], [
    `The governorship candidate of the Progressive Citizens Alliance (PCA) in Ekiti-Oro State, Dr. Olumide Fashanu-Adeyemi, has promised to pay all outstanding pensions within his first hundred days if elected.`,
    `Fashanu-Adeyemi spoke on Saturday at a rally in Ilemoye, the state's second largest town, where he was received by the party's state chairman, Chief Babatunde Okunowo.`,
    `"Our fathers and mothers who served this state for thirty-five years are dying without collecting a kobo of their gratuity. That is a shame on all of us," he said.`,
    `Okunowo, who spoke before him, urged party members to guard their votes. "Do not leave the polling unit until the result is pasted. Not for food, not for anything," the chairman said.`,
    `But the candidate struck a more conciliatory note as he closed. "I am not fighting anybody. The election is not war," he said. "When it is over, we will all still be Ekiti-Oro people."`,
  ], [
    q(`Our fathers and mothers who served this state for thirty-five years are dying without collecting a kobo of their gratuity. That is a shame on all of us,`, 'Olumide Fashanu-Adeyemi'),
    q(`Do not leave the polling unit until the result is pasted. Not for food, not for anything,`, 'Babatunde Okunowo'),
    q(`I am not fighting anybody. The election is not war,`, 'Olumide Fashanu-Adeyemi'),
    q(`When it is over, we will all still be Ekiti-Oro people.`, 'Olumide Fashanu-Adeyemi'),
  ]),

  passage('f39-premier-scrum-07', ['canadian_english', 'press_briefing', 'split_cue', 'quote_about_other'], [
    `Premier Nadine Thibodeau-Marsh said Monday her government will not call an early election, despite weeks of speculation fuelled by strong polling numbers and a cabinet shuffle last month.`,
    `"People elected us for four years," Thibodeau-Marsh told reporters at the legislature in Port Wexford, "and they expect us to use all four of them."`,
    `The New Democrats' house leader, Sunil Raghunathan, said he did not believe her. "The premier has been touring ridings she lost by 300 votes. That's not what you do when you're governing. That's what you do when you're campaigning," he said.`,
    `Thibodeau-Marsh, asked about the tour, laughed. "I go to ridings I lost because those people are Wexfordians too," she said.`,
    `Under the province's fixed-date election law, the next vote is scheduled for October 2027.`,
  ], [
    q(`People elected us for four years,`, 'Nadine Thibodeau-Marsh'),
    q(`and they expect us to use all four of them.`, 'Nadine Thibodeau-Marsh'),
    q(`The premier has been touring ridings she lost by 300 votes. That's not what you do when you're governing. That's what you do when you're campaigning,`, 'Sunil Raghunathan'),
    q(`I go to ridings I lost because those people are Wexfordians too,`, 'Nadine Thibodeau-Marsh'),
  ]),

  passage('f39-briefing-transcript-08', ['transcript', 'press_briefing', 'quote_of_earlier_words'], [
    `The following is an excerpt from Tuesday's briefing by Interior Ministry spokesman Tomasz Wieczorek-Lind, as released by the ministry.`,
    `Q: Minister Ingrid Halvorsen said last week that the border posts would reopen "within days." It has been nine days. What happened?`,
    `WIECZOREK-LIND: With respect, the minister's words were "as soon as the inspections are complete," and that remains the position. The inspections are nearly complete.`,
    `Q: Nearly?`,
    `WIECZOREK-LIND: Nearly. I'm not going to give you a date today and then have you read it back to me next Tuesday.`,
    `Q: Will the minister appear before the committee on Thursday?`,
    `WIECZOREK-LIND: She has been invited and she intends to go.`,
  ], [
    q(`within days.`, 'Ingrid Halvorsen'),
    q(`as soon as the inspections are complete,`, 'Ingrid Halvorsen'),
  ]),

  passage('f39-dail-housing-09', ['irish', 'curly_quotes', 'parliament', 'partial_quote', 'role_reference'], [
    `The Taoiseach, Declan Ó Murchú, has rejected opposition claims that the Government’s housing targets were “fiction from the start”, as the Dáil clashed over figures showing completions fell by 11 per cent in the first quarter.`,
    `Leader of the Opposition Siobhán Kearney-Walsh TD told the chamber that families in her Kildare North-West constituency were “sleeping in cars while ministers read out press releases”.`,
    `“You set a target of 40,000 homes. You knew it was fiction from the start, and you said it anyway,” she said.`,
    `Mr Ó Murchú said the quarterly figures were “always lumpy” and pointed to a record number of commencement notices. “Judge us at the end of the year, Deputy. That is all I ask,” he replied.`,
    `The Minister for Housing, Pádraig Finnerty, was not in the chamber for the exchange.`,
  ], [
    q(`fiction from the start`, 'Siobhán Kearney-Walsh'),
    q(`sleeping in cars while ministers read out press releases`, 'Siobhán Kearney-Walsh'),
    q(`You set a target of 40,000 homes. You knew it was fiction from the start, and you said it anyway,`, 'Siobhán Kearney-Walsh'),
    q(`always lumpy`, 'Declan Ó Murchú'),
    q(`Judge us at the end of the year, Deputy. That is all I ask,`, 'Declan Ó Murchú'),
  ]),

  passage('f39-county-impeachment-10', ['kenyan_english', 'local_government', 'document_speaker', 'partial_quote', 'role_reference'], [
    `Members of the Lwanda County Assembly on Tuesday voted 38 to 11 to impeach Governor Esther Wambui Kariuki over alleged misuse of Sh640 million meant for the county's health facilities.`,
    `The motion, tabled by Kabete Ward MCA Joseph Otieno Ndege, accused the governor of "gross violation of the Constitution" and "abuse of office through irregular procurement."`,
    `"Today this Assembly has shown that no one is above the law, not even the person who sits in the big office," Ndege told journalists after the vote.`,
    `But Kariuki, speaking at her official residence, dismissed the process as "a political lynching orchestrated by cartels who lost tenders."`,
    `"I will defend myself before the Senate, and I am confident the truth will come out," the governor said. "I have served the people of Lwanda with clean hands."`,
    `The Senate is expected to constitute a committee to hear the charges within ten days.`,
  ], [
    q(`gross violation of the Constitution`, 'the motion'),
    q(`abuse of office through irregular procurement.`, 'the motion'),
    q(`Today this Assembly has shown that no one is above the law, not even the person who sits in the big office,`, 'Joseph Otieno Ndege'),
    q(`a political lynching orchestrated by cartels who lost tenders.`, 'Esther Wambui Kariuki'),
    q(`I will defend myself before the Senate, and I am confident the truth will come out,`, 'Esther Wambui Kariuki'),
    q(`I have served the people of Lwanda with clean hands.`, 'Esther Wambui Kariuki'),
  ]),

  passage('f39-senate-debate-11', ['us_wire', 'debate', 'two_same_gender_speakers', 'quote_about_other', 'role_reference', 'partial_quote'], [
    `RALEIGH CROSSING, Ga. (AP) — The two candidates for the state's open U.S. Senate seat sparred over abortion, tariffs and each other's résumés Thursday night in their only televised debate.`,
    `Republican Clayton Whitfield, a former agriculture commissioner, repeatedly tied his opponent to the president. "Every time Washington has asked Marcus Bell to choose between Georgia and his party, he has chosen his party," Whitfield said.`,
    `Bell, a two-term congressman from Savannah Bluffs, shot back that Whitfield had "never met a lobbyist he didn't like." He cited a state audit that found the agriculture department under Whitfield had steered contracts to a donor's firm.`,
    `"I'm not going to stand here and be lectured about independence by a man who had to be subpoenaed," Bell said.`,
    `At one point the moderator, WXTV anchor Renée Gallardo, had to ask both men to let the other finish. "Gentlemen, the audience can't hear either of you," she said.`,
    `Polls show the race within the margin of error.`,
  ], [
    q(`Every time Washington has asked Marcus Bell to choose between Georgia and his party, he has chosen his party,`, 'Clayton Whitfield'),
    q(`never met a lobbyist he didn't like.`, 'Marcus Bell'),
    q(`I'm not going to stand here and be lectured about independence by a man who had to be subpoenaed,`, 'Marcus Bell'),
    q(`Gentlemen, the audience can't hear either of you,`, 'Renée Gallardo'),
  ]),

  passage('f39-pmqs-courts-12', ['british_single_quotes', 'curly_quotes', 'parliament', 'partial_quote', 'quote_about_other', 'organisation_speaker'], [
    `The Prime Minister, Eleanor Ashworth, faced a rowdy Commons yesterday as MPs on her own benches joined the attack over plans to close 40 magistrates’ courts.`,
    `Sir Desmond Pryor, the veteran MP for Hartsmere, rose to ask whether she had ‘ever set foot in a rural courthouse’. The chamber erupted.`,
    `Mrs Ashworth said the closures would save £90 million a year and that ‘justice is delivered by judges, not by buildings’.`,
    `The Leader of the Opposition, Rajiv Malhotra, went further. ‘The Prime Minister has spent a fortnight telling the country that nothing is broken,’ he told MPs, to cheers from his side. ‘Perhaps she should tell that to the victims waiting two years for a trial.’`,
    `Downing Street later said the consultation would run ‘as planned’.`,
  ], [
    q(`ever set foot in a rural courthouse`, 'Desmond Pryor'),
    q(`justice is delivered by judges, not by buildings`, 'Eleanor Ashworth'),
    q(`The Prime Minister has spent a fortnight telling the country that nothing is broken,`, 'Rajiv Malhotra'),
    q(`Perhaps she should tell that to the victims waiting two years for a trial.`, 'Rajiv Malhotra'),
    q(`as planned`, 'Downing Street'),
  ]),

  passage('f39-metro-coalition-13', ['south_african_english', 'coalition_talks', 'local_government', 'present_tense_says', 'organisation_speaker', 'partial_quote'], [
    `The fragile coalition running the Mothibistad metro is on the brink of collapse after the Civic Movement withdrew its support for executive mayor Thandeka Mahlangu-Botha on Monday.`,
    `Civic Movement regional leader Pieter Venter says the party could no longer "stand next to an administration that cannot keep the lights on in Moleleki Heights."`,
    `"We gave the mayor six months. We gave her a list of ten things. Three were done," Venter says.`,
    `Mahlangu-Botha says she was "blindsided" by the announcement, which came hours before a scheduled council sitting. "Nobody phoned me. I read it on social media like everybody else," she says.`,
    `The Mothibistad Residents' Front, the largest opposition party in the council, says it will table a motion of no confidence at the next sitting.`,
    `"We are ready to govern," the Front says in a statement. "The city cannot afford another year of chaos."`,
  ], [
    q(`stand next to an administration that cannot keep the lights on in Moleleki Heights.`, 'Pieter Venter'),
    q(`We gave the mayor six months. We gave her a list of ten things. Three were done,`, 'Pieter Venter'),
    q(`blindsided`, 'Thandeka Mahlangu-Botha'),
    q(`Nobody phoned me. I read it on social media like everybody else,`, 'Thandeka Mahlangu-Botha'),
    q(`We are ready to govern,`, "the Mothibistad Residents' Front"),
    q(`The city cannot afford another year of chaos.`, "the Mothibistad Residents' Front"),
  ]),

  passage('f39-special-session-14', ['us_wire', 'press_briefing', 'continuation_paragraph', 'role_reference', 'partial_quote'], [
    `SALTON FALLS, Nev. (AP) — Gov. Miriam Oyelaran-Tate on Wednesday called the Legislature into special session to deal with a $1.1 billion hole in the state's Medicaid budget, saying lawmakers could not wait until January.`,
    `"I did not want to do this. Nobody wants to spend the week before Thanksgiving in the Capitol," the governor said at a news conference.`,
    `"But the numbers we got from the actuaries on Monday are not numbers you sit on. If we wait, providers in rural counties stop getting paid in February, and some of them close.`,
    `"So we are going to do this now, and we are going to do it in five days."`,
    `Senate Minority Leader Dale Harrigan, a Republican, said his caucus would attend but was "not going to rubber-stamp a tax increase dressed up as an emergency."`,
  ], [
    q(`I did not want to do this. Nobody wants to spend the week before Thanksgiving in the Capitol,`, 'Miriam Oyelaran-Tate'),
    q(`But the numbers we got from the actuaries on Monday are not numbers you sit on. If we wait, providers in rural counties stop getting paid in February, and some of them close.`, 'Miriam Oyelaran-Tate'),
    q(`So we are going to do this now, and we are going to do it in five days.`, 'Miriam Oyelaran-Tate'),
    q(`not going to rubber-stamp a tax increase dressed up as an emergency.`, 'Dale Harrigan'),
  ]),

  passage('f39-election-night-15', ['australian_english', 'election_night', 'unnamed_source', 'partial_quote'], [
    `The Southern Progressives' candidate for the marginal seat of Corrimal Heights, Jess Nguyen-Fairweather, has claimed victory despite almost 9000 postal votes still to be counted.`,
    `"I've looked at the booth-by-booth numbers and I'm comfortable. I'd rather be us than them tonight," Ms Nguyen-Fairweather told supporters at the Corrimal Bowling Club just after 11pm.`,
    `Her Citizens' Coalition opponent, sitting member Grant McAllister, refused to concede. "Postals have historically broken our way in this seat by a big margin. It's not over," he said.`,
    `A senior Coalition strategist, speaking on the condition of anonymity, was less optimistic, describing the swing in the southern booths as "brutal" and "worse than anything we modelled".`,
    `The Electoral Commission said counting would resume at 9am on Monday.`,
  ], [
    q(`I've looked at the booth-by-booth numbers and I'm comfortable. I'd rather be us than them tonight,`, 'Jess Nguyen-Fairweather'),
    q(`Postals have historically broken our way in this seat by a big margin. It's not over,`, 'Grant McAllister'),
    q(`brutal`, 'Coalition strategist (unnamed)'),
    q(`worse than anything we modelled`, 'Coalition strategist (unnamed)'),
  ]),

  passage('f39-campaign-launch-16', ['non_quote_quotation_marks', 'campaign', 'us_wire', 'phrase_between_quote_and_cue', 'partial_quote'], [
    `DERRINGTON, Pa. (AP) — Angela Moretti-Quinn launched her campaign for governor on Saturday in the parking lot of her hometown steel mill, walking on stage to Bruce Hollister's "Iron Town Morning" under a banner reading "Built Here."`,
    `"My grandfather poured steel 200 yards from where I'm standing," Moretti-Quinn, 47, a two-term state treasurer, told a crowd of about 2,000. "He didn't need a consultant to tell him what a fair day's pay was."`,
    `She took aim at the incumbent's "Keystone Forward" jobs program, which she called "a ribbon-cutting machine" that had produced more press releases than paychecks.`,
    `A spokesman for Gov. Harold Brennan's re-election campaign, Colin Teague, said in an email that Moretti-Quinn "voted for every one of the budgets she now criticizes."`,
  ], [
    q(`My grandfather poured steel 200 yards from where I'm standing,`, 'Angela Moretti-Quinn'),
    q(`He didn't need a consultant to tell him what a fair day's pay was.`, 'Angela Moretti-Quinn'),
    q(`a ribbon-cutting machine`, 'Angela Moretti-Quinn'),
    q(`voted for every one of the budgets she now criticizes.`, 'Colin Teague'),
  ]),

  passage('f39-debt-brake-17', ['wire', 'parliament', 'long_appositive', 'quote_about_other', 'partial_quote'], [
    `BRANDENAU, March 3 — The lower house of the Ostmark parliament approved a contested debt-brake exemption for defence spending on Tuesday by a margin of just four votes, after a day of heated debate.`,
    `"This is not a blank cheque. It is an insurance policy for a continent that has been living on borrowed time," Finance Minister Katharina Weissenfels-Brandt, a member of the liberal Free Citizens party who had long opposed any loosening of the rules, told the chamber before the vote.`,
    `Opposition leader Jörg Almstedt accused her of "breaking her word to an entire generation." He said her party had campaigned only eighteen months ago on a promise never to touch the debt brake.`,
    `"Mrs. Weissenfels-Brandt stood on stages across this country and said the rules were sacred," Almstedt said. "Now she tells us they are merely inconvenient."`,
    `The measure requires approval by the upper house, where the governing parties hold a narrow majority.`,
  ], [
    q(`This is not a blank cheque. It is an insurance policy for a continent that has been living on borrowed time,`, 'Katharina Weissenfels-Brandt'),
    q(`breaking her word to an entire generation.`, 'Jörg Almstedt'),
    q(`Mrs. Weissenfels-Brandt stood on stages across this country and said the rules were sacred,`, 'Jörg Almstedt'),
    q(`Now she tells us they are merely inconvenient.`, 'Jörg Almstedt'),
  ]),

  passage('f39-retiring-mayor-18', ['local_government', 'quote_of_earlier_words', 'present_tense_says', 'feature', 'partial_quote'], [
    `When Rosalind Achterberg first ran for the Kettleby town council in 1987, she was 24, eight months pregnant, and had never given a speech in her life.`,
    `She still remembers what the incumbent, a feed-store owner named Walter Pruss, told a reporter at the time: "A council seat is no place for a young mother."`,
    `"I cut that out of the paper and taped it to my refrigerator," Achterberg says now, at 61, as she prepares to step down after nine terms, the last four as mayor. "It stayed there until the tape gave out."`,
    `Her likely successor is Deputy Mayor Tobias Ferreira-Lund, who is running unopposed. He calls her "the reason half of us got into this."`,
    `"Roz taught me that you read the whole budget, every line, even the sewer appendix," Ferreira-Lund says. "Especially the sewer appendix."`,
  ], [
    q(`A council seat is no place for a young mother.`, 'Walter Pruss'),
    q(`I cut that out of the paper and taped it to my refrigerator,`, 'Rosalind Achterberg'),
    q(`It stayed there until the tape gave out.`, 'Rosalind Achterberg'),
    q(`the reason half of us got into this.`, 'Tobias Ferreira-Lund'),
    q(`Roz taught me that you read the whole budget, every line, even the sewer appendix,`, 'Tobias Ferreira-Lund'),
    q(`Especially the sewer appendix.`, 'Tobias Ferreira-Lund'),
  ]),

  passage('f39-poll-schedule-19', ['indian_english', 'press_briefing', 'role_reference', 'organisation_speaker', 'partial_quote'], [
    `NEW RAMPUR: The State Election Commission on Friday announced that polling for the 214 urban local bodies in Devagiri will be held in three phases beginning December 9, with counting on December 21.`,
    `Addressing a press conference, State Election Commissioner K. Lakshmi Narasimhan said over 1.8 crore voters were eligible to cast their ballots. "We have identified 2,340 sensitive polling stations, and each of them will have webcasting and central forces," he said.`,
    `Asked about the opposition's demand for paper ballots, the commissioner said, "The EVMs used in this election have been tested in the presence of representatives of all recognised parties. There is no question of going back."`,
    `The Jan Adhikar Morcha, the principal opposition party, said in a statement that the schedule was "designed to suit the ruling party's campaign calendar" and that it would approach the High Court.`,
    `The model code of conduct comes into force with immediate effect.`,
  ], [
    q(`We have identified 2,340 sensitive polling stations, and each of them will have webcasting and central forces,`, 'K. Lakshmi Narasimhan'),
    q(`The EVMs used in this election have been tested in the presence of representatives of all recognised parties. There is no question of going back.`, 'K. Lakshmi Narasimhan'),
    q(`designed to suit the ruling party's campaign calendar`, 'the Jan Adhikar Morcha'),
  ]),

  passage('f39-bike-lanes-20', ['canadian_english', 'city_council', 'two_same_gender_speakers', 'long_appositive', 'quote_about_other'], [
    `After nearly seven hours of debate, Halbrook city council voted 9-4 early Thursday to keep the contentious Lakeshore Avenue bike lanes, rejecting a motion from Coun. Brian Szymanski to remove them.`,
    `Szymanski, who represents Ward 3, said businesses along the avenue had lost up to a third of their foot traffic since the lanes were installed last spring. "I've got a hardware store owner who has been there since 1979 telling me he's done. Done," he said.`,
    `"With respect to my colleague, the data from the city's own counters shows retail spending on Lakeshore is up four per cent," said Coun. Amrit Dhaliwal, who chairs the transportation committee. "Anecdotes are not evidence."`,
    `"Then I'd invite the councillor to come down and say that to Gord at the hardware store," Szymanski shot back, drawing applause from the gallery.`,
    `Mayor Louise Arsenault-Kerr, who voted with the majority, called for calm. "We are not going to settle this by who claps loudest," she said.`,
  ], [
    q(`I've got a hardware store owner who has been there since 1979 telling me he's done. Done,`, 'Brian Szymanski'),
    q(`With respect to my colleague, the data from the city's own counters shows retail spending on Lakeshore is up four per cent,`, 'Amrit Dhaliwal'),
    q(`Anecdotes are not evidence.`, 'Amrit Dhaliwal'),
    q(`Then I'd invite the councillor to come down and say that to Gord at the hardware store,`, 'Brian Szymanski'),
    q(`We are not going to settle this by who claps loudest,`, 'Louise Arsenault-Kerr'),
  ]),

  passage('f39-impeachment-headline-21', ['headline', 'reuters_style', 'parliament', 'unnamed_source', 'partial_quote'], [
    `Congress opens impeachment case against President Salazar-Ibarra: "We have the votes," says opposition`,
    `SAN ISIDRO DEL MAR, June 2 (Reuters) - Lawmakers in Costa Verde's unicameral Congress voted on Monday to open impeachment proceedings against President Rodrigo Salazar-Ibarra over his handling of a $300 million port concession, setting up a trial that could end his term within weeks.`,
    `"We have the votes, and we have the evidence," opposition whip Valeria Montenegro Ruiz told reporters as she left the chamber. "What we don't have is any more patience."`,
    `A government official, who spoke on condition of anonymity because he was not authorised to speak publicly, said the president's allies were confident they could block the two-thirds majority needed to remove him. "They are counting deputies who have not even made up their minds," the official said.`,
    `Salazar-Ibarra, in a televised address, called the process "a coup wearing a suit and tie."`,
  ], [
    q(`We have the votes, and we have the evidence,`, 'Valeria Montenegro Ruiz'),
    q(`What we don't have is any more patience.`, 'Valeria Montenegro Ruiz'),
    q(`They are counting deputies who have not even made up their minds,`, 'government official (unnamed)'),
    q(`a coup wearing a suit and tie.`, 'Rodrigo Salazar-Ibarra'),
  ]),

  passage('f39-bin-strike-22', ['british_single_quotes', 'local_government', 'colon_cue', 'unnamed_source', 'long_appositive'], [
    `Rubbish has been piling up on the streets of Thornbury Vale for a third week as the council and the union representing refuse workers remain deadlocked over pay.`,
    `General Municipal Workers' Federation regional officer Mairead Colquhoun said: 'Our members pick up after this town in the rain and the snow for less than the cost of a one-bed flat. They are not going back for a one per cent offer.'`,
    `A spokesman for Thornbury Vale Borough Council said: 'We have made a fair and affordable offer within a very difficult financial settlement from central government. We urge the union to put it to a ballot.'`,
    `Council leader Cllr Anwar Siddiqui, who has faced calls to resign from opposition councillors, said he understood residents' frustration. 'I live here too. My bins haven't been emptied either,' he said.`,
    `The council has set up four temporary drop-off points.`,
  ], [
    q(`Our members pick up after this town in the rain and the snow for less than the cost of a one-bed flat. They are not going back for a one per cent offer.`, 'Mairead Colquhoun'),
    q(`We have made a fair and affordable offer within a very difficult financial settlement from central government. We urge the union to put it to a ballot.`, 'spokesman for Thornbury Vale Borough Council (unnamed)'),
    q(`I live here too. My bins haven't been emptied either,`, 'Anwar Siddiqui'),
  ]),

  passage('f39-mayoral-debate-transcript-23', ['transcript', 'debate', 'quote_about_other', 'quote_of_earlier_words'], [
    `What follows is a partial transcript of Sunday's mayoral debate in Port Aldine, hosted by the Aldine Civic League.`,
    `MODERATOR (PRIYA VENKATESAN): Mr. Okoro, your opponent says your transit plan is, quote, "a fantasy with a price tag." Your response?`,
    `CHIDI OKORO: Well, she also called the harbour tunnel "a fantasy" back in 2015, and I drove through it this morning. Look, the plan is costed. It's on my website.`,
    `HELEN MACREADY: The tunnel came in two years late and $400 million over budget, Chidi. I said it was a fantasy that it would come in on time, and I was right.`,
    `MODERATOR: Ms. Macready, thirty seconds.`,
    `HELEN MACREADY: As old Mayor Arthur Dunleavy used to say, "Promise small, deliver big." That's how I'll run this city.`,
  ], [
    q(`a fantasy with a price tag.`, 'Helen Macready'),
    q(`a fantasy`, 'Helen Macready'),
    q(`Promise small, deliver big.`, 'Arthur Dunleavy'),
  ]),

  passage('f39-state-budget-24', ['nigerian_english', 'legislature', 'pronoun_speaker', 'two_same_gender_speakers', 'colon_cue', 'partial_quote', 'role_reference'], [
    `The Idoma-Ukwu State House of Assembly on Thursday passed the 2025 Appropriation Bill of ₦612 billion, raising the figure presented by Governor Ahmed Bello-Danjuma by ₦18 billion.`,
    `Chairman of the House Committee on Finance and Appropriation, Hon. Emeka Nwachukwu-Obi, who presented the report, said the increase was meant to fund rural roads and the completion of three general hospitals.`,
    `Speaking after the passage, the Speaker, Rt. Hon. Yakubu Danladi Musa, commended members for what he described as "patriotic diligence." He said: "This House will not be a rubber stamp. We scrutinised every kobo, and where the executive under-provided for the people, we made corrections."`,
    `According to him, the Assembly will monitor implementation "ministry by ministry, quarter by quarter."`,
    `But the Minority Leader, Hon. Chinedu Agbakoba, faulted the increase, saying: "Where will the extra money come from? This state has not met its revenue target in four years."`,
  ], [
    q(`patriotic diligence.`, 'Yakubu Danladi Musa'),
    q(`This House will not be a rubber stamp. We scrutinised every kobo, and where the executive under-provided for the people, we made corrections.`, 'Yakubu Danladi Musa'),
    q(`ministry by ministry, quarter by quarter.`, 'Yakubu Danladi Musa'),
    q(`Where will the extra money come from? This state has not met its revenue target in four years.`, 'Chinedu Agbakoba'),
  ]),

  passage('f39-ward-names-25', ['non_quote_quotation_marks', 'no_quotes', 'local_government', 'british_single_quotes'], [
    `Councillors in Edgemoor have approved a boundary review that will merge the town's old 'Mill Ward' and 'Chapel Ward' into a single division to be known as 'Riverside'.`,
    `The change, part of the council's 'Fairer Wards 2026' programme, cuts the number of seats from 42 to 36 and will take effect at the May elections.`,
    `Critics on social media have nicknamed the plan the 'Great Gerrymander', though the Boundary Commission signed off on the final map last month without objection.`,
    `The so-called 'independent' review panel was chaired by a former chief executive of the council, a detail opposition groups have seized on.`,
  ], []),

  passage('f39-filibuster-26', ['us_wire', 'legislature', 'nested_quote', 'quote_about_other', 'two_same_gender_speakers', 'unnamed_source'], [
    `CAPITOL CITY, Mont. (AP) — State Sen. Lorna Tsosie-Whitehorse held the floor for 11 hours Tuesday in an unsuccessful bid to stop a bill that would close 14 rural polling places, reading letters from voters who she said would have to drive more than an hour to cast a ballot.`,
    `"This one is from a woman in Dry Fork who is 84 years old," Tsosie-Whitehorse said around hour six, her voice hoarse. "She writes, 'I have voted in every election since Eisenhower. I would like to keep doing that.'"`,
    `Senate Majority Leader Carla Brandvold, a Republican from Billings Ridge, said the closures were about cost, not access. "Counties asked us for this. It costs $9,000 to staff a precinct where 40 people vote," she said. "Lorna knows that."`,
    `The bill passed 27-23 shortly after midnight, once Tsosie-Whitehorse yielded the floor. "I ran out of letters before they ran out of votes," she said afterward.`,
  ], [
    q(`This one is from a woman in Dry Fork who is 84 years old,`, 'Lorna Tsosie-Whitehorse'),
    q(`She writes, 'I have voted in every election since Eisenhower. I would like to keep doing that.'`, 'Lorna Tsosie-Whitehorse'),
    q(`I have voted in every election since Eisenhower. I would like to keep doing that.`, 'woman in Dry Fork (unnamed)'),
    q(`Counties asked us for this. It costs $9,000 to staff a precinct where 40 people vote,`, 'Carla Brandvold'),
    q(`Lorna knows that.`, 'Carla Brandvold'),
    q(`I ran out of letters before they ran out of votes,`, 'Lorna Tsosie-Whitehorse'),
  ]),

  passage('f39-finance-bill-27', ['kenyan_english', 'parliament', 'document_speaker', 'role_reference', 'partial_quote', 'phrase_between_quote_and_cue'], [
    `Drama unfolded in the National Assembly yesterday as Speaker Jackson Mwangangi Kioko ordered the Serjeant-at-Arms to remove Mbogoini MP Francis Kiplagat Rono from the chamber during debate on the Finance Bill.`,
    `Rono had refused to withdraw remarks in which he described the Treasury Cabinet Secretary as "a tax collector for foreign lenders."`,
    `"Honourable Member, you will withdraw and apologise, or you will leave this House," the Speaker said, citing Standing Order 107, which bars members from imputing "improper motives" to any other member or public officer.`,
    `"I will not withdraw the truth," Rono replied as he was led out, to cheers from the public gallery.`,
    `Majority Leader Gladys Chepkoech Sang later told journalists the opposition was "playing to the cameras." "This bill will pass on Thursday with or without theatrics," she said.`,
  ], [
    q(`a tax collector for foreign lenders.`, 'Francis Kiplagat Rono'),
    q(`Honourable Member, you will withdraw and apologise, or you will leave this House,`, 'Jackson Mwangangi Kioko'),
    q(`improper motives`, 'Standing Order 107'),
    q(`I will not withdraw the truth,`, 'Francis Kiplagat Rono'),
    q(`playing to the cameras.`, 'Gladys Chepkoech Sang'),
    q(`This bill will pass on Thursday with or without theatrics,`, 'Gladys Chepkoech Sang'),
  ]),

  passage('f39-farm-bill-letter-28', ['us_wire', 'legislature', 'document_speaker', 'unnamed_source', 'partial_quote', 'role_reference'], [
    `WASHINGTON (AP) — Forty-one House members sent a letter Monday to Speaker Raymond Castellano demanding a floor vote on a bipartisan farm bill that has been stalled in committee since spring.`,
    `The letter, led by Reps. Tamsin Eklund of Minnesota and Hector Villanueva-Ruiz of Texas, warns that farmers face "a cliff of expired programs" in October and calls continued delay "an abdication of the most basic responsibility this body has."`,
    `"We have the votes on the floor. What we don't have is a speaker willing to let us use them," Eklund said in an interview.`,
    `An aide to Castellano, who was not authorized to discuss internal deliberations and spoke on condition of anonymity, said the speaker was not opposed to a vote in principle. "We want to get the policy right before we get the politics right," the aide said.`,
    `Castellano's office did not respond to a request for comment.`,
  ], [
    q(`a cliff of expired programs`, 'the letter'),
    q(`an abdication of the most basic responsibility this body has.`, 'the letter'),
    q(`We have the votes on the floor. What we don't have is a speaker willing to let us use them,`, 'Tamsin Eklund'),
    q(`We want to get the policy right before we get the politics right,`, 'aide to Raymond Castellano (unnamed)'),
  ]),

  passage('f39-senate-estimates-29', ['australian_english', 'curly_quotes', 'parliament', 'role_reference', 'two_same_gender_speakers', 'partial_quote'], [
    `A senior bureaucrat has conceded her department did not keep minutes of a meeting at which a $48 million regional grants program was signed off, in a testy Senate estimates hearing on Tuesday.`,
    `Under questioning from crossbench senator Maya Kowalczyk-Reid, the secretary of the Department of Regional Development, Dr Helen Farquharson, said the meeting had been “informal in nature”.`,
    `“A $48 million decision was informal?” Senator Kowalczyk-Reid asked. “Who decided it was informal? Was it you, or was it the minister’s office?”`,
    `“I don’t accept the characterisation, senator,” the secretary replied. “The decision was documented. The discussion leading to it was not minuted, and in hindsight it should have been.”`,
    `The Minister for Regional Development, Bronwyn Tully, said in a statement the program had been “administered in accordance with the guidelines”.`,
  ], [
    q(`informal in nature`, 'Helen Farquharson'),
    q(`A $48 million decision was informal?`, 'Maya Kowalczyk-Reid'),
    q(`Who decided it was informal? Was it you, or was it the minister’s office?`, 'Maya Kowalczyk-Reid'),
    q(`I don’t accept the characterisation, senator,`, 'Helen Farquharson'),
    q(`The decision was documented. The discussion leading to it was not minuted, and in hindsight it should have been.`, 'Helen Farquharson'),
    q(`administered in accordance with the guidelines`, 'Bronwyn Tully'),
  ]),

  passage('f39-steelworks-speech-30', ['british_single_quotes', 'curly_quotes', 'continuation_paragraph', 'parliament', 'colon_cue', 'partial_quote'], [
    `The First Minister, Gareth Llewellyn-Price, used his final speech to the Assembly before the summer recess to issue a stark warning about the future of the region’s steelworks.`,
    `He said: ‘I have sat in the canteen at Port Cadno with men whose grandfathers built that plant. They do not want sympathy from this chamber. They want a plan.`,
    `‘If the company walks away, we will not stand by and watch 3,000 jobs disappear. Every option is on the table, and I mean every option.’`,
    `Opposition leader Carys Morgan-Hughes said his words were ‘welcome but years too late’. She added: ‘The First Minister has known about this for three years. Where has the plan been?’`,
  ], [
    q(`I have sat in the canteen at Port Cadno with men whose grandfathers built that plant. They do not want sympathy from this chamber. They want a plan.`, 'Gareth Llewellyn-Price'),
    q(`If the company walks away, we will not stand by and watch 3,000 jobs disappear. Every option is on the table, and I mean every option.`, 'Gareth Llewellyn-Price'),
    q(`welcome but years too late`, 'Carys Morgan-Hughes'),
    q(`The First Minister has known about this for three years. Where has the plan been?`, 'Carys Morgan-Hughes'),
  ]),

  passage('f39-vote-buying-31', ['philippine_english', 'campaign', 'organisation_speaker', 'phrase_between_quote_and_cue', 'non_quote_quotation_marks', 'partial_quote'], [
    `SAN LORENZO DE ALTA, Sampaguita — The provincial election office has disqualified two mayoral candidates in this town after video footage surfaced allegedly showing their supporters handing out envelopes of cash outside a chapel on Palm Sunday.`,
    `"We do not take these cases lightly, but the evidence submitted was clear and was not rebutted," provincial election supervisor Atty. Marivic Dela Cruz-Soriano told reporters on Tuesday.`,
    `One of the disqualified candidates, incumbent vice mayor Eduardo "Eddie Boy" Lacson, denied wrongdoing. "Those envelopes contained prayer cards," Lacson, who has held elected office in the town since 2007, said in a radio interview. "We will go to the Supreme Court if we have to."`,
    `The election office said in a separate advisory that it had received "no fewer than 40 complaints" of vote-buying in the province this campaign period.`,
  ], [
    q(`We do not take these cases lightly, but the evidence submitted was clear and was not rebutted,`, 'Marivic Dela Cruz-Soriano'),
    q(`Those envelopes contained prayer cards,`, 'Eduardo Lacson'),
    q(`We will go to the Supreme Court if we have to.`, 'Eduardo Lacson'),
    q(`no fewer than 40 complaints`, 'the provincial election office'),
  ]),

  passage('f39-canvasser-32', ['feature', 'present_tense_says', 'pronoun_speaker', 'two_same_gender_speakers', 'campaign', 'partial_quote'], [
    `Abena Osei-Mensah has knocked on 4,000 doors since January. She keeps the count in a spiral notebook: a tally mark for every door, a circle for every door that opened.`,
    `"Most people are kind. A few are not. One man set his dog on me in Fernbrook, but the dog was more interested in my sandwich," she says, laughing.`,
    `Osei-Mensah, 68, a retired nurse, volunteers for the city council campaign of Margaret Ilunga, a first-time candidate running in the redrawn Ward 11. Ilunga, 34, calls her "the backbone of this campaign" and says so often.`,
    `On a grey Thursday they canvass together on Linden Street. Ilunga takes the even numbers, Osei-Mensah the odd. At number 37 a young father listens for a minute, takes a leaflet and promises nothing.`,
    `"That's a maybe," she says afterward, making a small circle in her notebook. "Maybes win elections."`,
  ], [
    q(`Most people are kind. A few are not. One man set his dog on me in Fernbrook, but the dog was more interested in my sandwich,`, 'Abena Osei-Mensah'),
    q(`the backbone of this campaign`, 'Margaret Ilunga'),
    q(`That's a maybe,`, 'Abena Osei-Mensah'),
    q(`Maybes win elections.`, 'Abena Osei-Mensah'),
  ]),

  passage('f39-lake-referendum-33', ['non_quote_quotation_marks', 'no_quotes', 'referendum', 'curly_quotes'], [
    `Voters in the canton of Oberwald will decide on 12 October whether to adopt the so-called “Clean Lakes Initiative”, which would ban new motorboat licences on the canton’s three largest lakes.`,
    `The cantonal government has recommended a “no” vote, while a counter-proposal, branded “Lakes for Everyone”, is on the same ballot.`,
    `The campaign has been fought largely on local radio and on the weekly debate programme “Am Stammtisch”, whose ratings have doubled since August.`,
    `Polling by the Oberwald Institute for Public Opinion puts the initiative narrowly ahead.`,
  ], []),

  passage('f39-snap-election-34', ['press_briefing', 'wire', 'quote_of_earlier_words', 'partial_quote', 'role_reference'], [
    `KAIMORI, Sept 9 — The government's top spokeswoman on Monday declined to say whether Prime Minister Hiroshi Tanabe would dissolve the lower house before the end of the year, fuelling speculation of a snap election in November.`,
    `"Dissolution is the exclusive prerogative of the prime minister, and I am not in a position to comment on it," Chief Cabinet Secretary Yuko Nakashima told a regular news conference.`,
    `Pressed by a reporter who noted that Tanabe had said in July that he would "seek the people's judgment at the appropriate time," Nakashima said only that the prime minister's words "speak for themselves."`,
    `The main opposition leader, Kenji Morikawa, said the government was "terrified of an autumn election and pretending otherwise." "If they had confidence, they would have called it already," Morikawa said in a speech in Hokuryo.`,
  ], [
    q(`Dissolution is the exclusive prerogative of the prime minister, and I am not in a position to comment on it,`, 'Yuko Nakashima'),
    q(`seek the people's judgment at the appropriate time,`, 'Hiroshi Tanabe'),
    q(`speak for themselves.`, 'Yuko Nakashima'),
    q(`terrified of an autumn election and pretending otherwise.`, 'Kenji Morikawa'),
    q(`If they had confidence, they would have called it already,`, 'Kenji Morikawa'),
  ]),

  passage('f39-mobile-money-levy-35', ['ghanaian_english', 'parliament', 'continuation_paragraph', 'quote_only_paragraph', 'colon_cue', 'organisation_speaker', 'partial_quote'], [
    `The Minority in Parliament has called on the Finance Minister to withdraw the proposed 15 per cent levy on mobile money transfers, describing it as "a tax on the poor."`,
    `Addressing journalists at Parliament House on Wednesday, the Minority Leader, Hon. Kwabena Asante-Darko, said: "The market woman in Nkwanta who sends ₵200 to her mother in the village is not a tax evader. She is the economy."`,
    `"We will oppose this levy on the floor, we will oppose it in committee, and if it passes, we will repeal it when we come to power."`,
    `The Deputy Finance Minister, Mrs. Akosua Frimpong-Boateng, later told the state broadcaster that the levy was "fair, modest and necessary," adding that transfers below ₵100 would be exempt.`,
  ], [
    q(`a tax on the poor.`, 'the Minority in Parliament'),
    q(`The market woman in Nkwanta who sends ₵200 to her mother in the village is not a tax evader. She is the economy.`, 'Kwabena Asante-Darko'),
    q(`We will oppose this levy on the floor, we will oppose it in committee, and if it passes, we will repeal it when we come to power.`, 'Kwabena Asante-Darko'),
    q(`fair, modest and necessary,`, 'Akosua Frimpong-Boateng'),
  ]),

  passage('f39-data-center-hearing-36', ['us_wire', 'city_council', 'unnamed_source', 'quote_about_other', 'long_appositive'], [
    `Dozens of residents packed the Cedar Hollow City Council chambers Monday night to speak against a proposed data center on 300 acres of former farmland north of Route 9.`,
    `"I moved here for the quiet. Now you want to put a building the size of six football fields behind my house," said Darlene Hutchins, who lives on Millbrook Road.`,
    `Another resident, who declined to give her name, held up a jar of murky water. "This came out of my well after they did the test drilling. Explain that," she told the council.`,
    `Council member Jerome Whitaker-Banks said he shared the concerns but noted the project would bring an estimated $14 million a year in property taxes. "I have to think about the school district too," he said. "Darlene, I hear you. I do."`,
    `The council is scheduled to vote on the rezoning Sept. 23.`,
  ], [
    q(`I moved here for the quiet. Now you want to put a building the size of six football fields behind my house,`, 'Darlene Hutchins'),
    q(`This came out of my well after they did the test drilling. Explain that,`, 'resident (unnamed)'),
    q(`I have to think about the school district too,`, 'Jerome Whitaker-Banks'),
    q(`Darlene, I hear you. I do.`, 'Jerome Whitaker-Banks'),
  ]),

  passage('f39-hung-council-37', ['british_single_quotes', 'coalition_talks', 'local_government', 'pronoun_speaker', 'two_same_gender_speakers', 'unnamed_source', 'partial_quote'], [
    `Talks to form a ruling administration at Greywater County Council were continuing last night after last week's elections left no party with an overall majority.`,
    `The Independents' group leader, Martin Okonkwo-Reeves, said his members would 'listen to everybody but sign up to nothing' until they had seen a draft budget.`,
    `The Progressives, the largest group with 31 of the 70 seats, need the support of at least five more councillors. Their leader, Simon Thackeray, spent much of Tuesday at County Hall in private meetings. Mr Okonkwo-Reeves was seen leaving one of those meetings shortly after 4pm.`,
    `'We are not kingmakers, we are the people who were elected to fix the potholes,' he told this newspaper afterwards. 'If the price of our support is a pothole fund, so be it.'`,
    `A source close to Mr Thackeray said a deal was 'closer than people think'.`,
  ], [
    q(`listen to everybody but sign up to nothing`, 'Martin Okonkwo-Reeves'),
    q(`We are not kingmakers, we are the people who were elected to fix the potholes,`, 'Martin Okonkwo-Reeves'),
    q(`If the price of our support is a pothole fund, so be it.`, 'Martin Okonkwo-Reeves'),
    q(`closer than people think`, 'source close to Simon Thackeray (unnamed)'),
  ]),

  passage('f39-no-confidence-38', ['south_asian_english', 'legislature', 'quote_about_other', 'two_same_gender_speakers', 'split_cue', 'partial_quote', 'role_reference'], [
    `COLVANA: The no-confidence motion against Chief Minister Imran Haider Qureshi will be put to vote in the provincial assembly on Saturday, the Speaker's office confirmed on Thursday.`,
    `"Imran Haider Qureshi has lost the confidence of this house and of the people. He should have the grace to resign before Saturday," said opposition leader Farrukh Mahmood Abbasi while talking to the media outside the assembly building.`,
    `Responding hours later at a rally in Dera Sohail, the chief minister said he would "face the vote like a man" and accused Abbasi of "buying loyalties with briefcases."`,
    `"Let him count his numbers. I have counted mine," Qureshi said, "and I am not going anywhere."`,
    `The motion requires 93 votes in the 185-member house to succeed.`,
  ], [
    q(`Imran Haider Qureshi has lost the confidence of this house and of the people. He should have the grace to resign before Saturday,`, 'Farrukh Mahmood Abbasi'),
    q(`face the vote like a man`, 'Imran Haider Qureshi'),
    q(`buying loyalties with briefcases.`, 'Imran Haider Qureshi'),
    q(`Let him count his numbers. I have counted mine,`, 'Imran Haider Qureshi'),
    q(`and I am not going anywhere.`, 'Imran Haider Qureshi'),
  ]),

  passage('f39-overtime-spat-39', ['us_wire', 'press_briefing', 'social_media_post', 'quote_about_other', 'partial_quote', 'long_appositive'], [
    `SPRINGVALE, Ill. (AP) — Gov. Patrick Onwuachi's office on Thursday pushed back against a social media post by the state's attorney general accusing the administration of "hiding the ball" on prison overtime costs.`,
    `The post by Attorney General Renata Kowalski-Dunn, published late Wednesday, said the administration had "stonewalled three separate records requests" and that taxpayers "deserve to know where $212 million went."`,
    `"The attorney general knows exactly where to find those numbers, because her office was copied on every quarterly report," press secretary Aaron Lindgren said at the governor's daily briefing. "This is a campaign ad, not an oversight request."`,
    `Kowalski-Dunn, who is widely expected to challenge Onwuachi in next year's Democratic primary, did not respond to a request for comment.`,
  ], [
    q(`hiding the ball`, 'Renata Kowalski-Dunn'),
    q(`stonewalled three separate records requests`, 'Renata Kowalski-Dunn'),
    q(`deserve to know where $212 million went.`, 'Renata Kowalski-Dunn'),
    q(`The attorney general knows exactly where to find those numbers, because her office was copied on every quarterly report,`, 'Aaron Lindgren'),
    q(`This is a campaign ad, not an oversight request.`, 'Aaron Lindgren'),
  ]),

  passage('f39-memoir-tour-40', ['non_quote_quotation_marks', 'no_quotes', 'campaign', 'us_wire'], [
    `Former House Speaker Delphine Arceneaux is taking her new memoir, "The Gavel and the Gumbo," on a 12-city tour this fall, a swing that runs conspicuously through four early primary states.`,
    `Arceneaux has not ruled out a presidential run, and her political action committee, Forward Bayou, has reserved $2 million in digital advertising built around the tagline "Still Standing."`,
    `The book's most talked-about chapter, "Night of the Long Recess," recounts the 2019 budget standoff that ended her speakership.`,
    `Her publicist said interview requests would be handled through the publisher.`,
  ], []),

  passage('f39-bypass-name-41', ['irish', 'curly_quotes', 'local_government', 'split_cue', 'quote_about_other', 'partial_quote', 'long_appositive'], [
    `A row over the naming of a new bypass has split Ballinacarra County Council, with councillors voting 14-13 against a proposal to name it after the late local TD Michael Joe Fennessy.`,
    `“Michael Joe gave forty years to this county,” said Cllr Nuala Brennan-Doyle, who proposed the motion, “and the least we can do is put his name on a road he fought for.”`,
    `“With the greatest respect to the Fennessy family, we don’t name roads after politicians in this county and we shouldn’t start now,” said Cllr Dermot Hayes, who led the opposition to the motion.`,
    `The cathaoirleach, Cllr Peadar Ó Dálaigh, who cast the deciding vote, said afterwards the decision had been “the hardest of my time on the council”.`,
    `The council’s chief executive, Lorraine Fitzgibbon, said the road would be known by its townland name until a further proposal came forward.`,
  ], [
    q(`Michael Joe gave forty years to this county,`, 'Nuala Brennan-Doyle'),
    q(`and the least we can do is put his name on a road he fought for.`, 'Nuala Brennan-Doyle'),
    q(`With the greatest respect to the Fennessy family, we don’t name roads after politicians in this county and we shouldn’t start now,`, 'Dermot Hayes'),
    q(`the hardest of my time on the council`, 'Peadar Ó Dálaigh'),
  ]),

  passage('f39-coalition-deal-42', ['coalition_talks', 'press_briefing', 'document_speaker', 'two_same_gender_speakers', 'pronoun_speaker', 'non_quote_quotation_marks', 'partial_quote'], [
    `LINDENHOF, Feb 20 — After 143 days of negotiations, the Christian Union and the Social Liberals on Thursday signed a coalition agreement that will make Social Liberal leader Mirjam de Vries-Okonjo the country's first prime minister of African descent.`,
    `The 96-page agreement, titled "Together, Forward", commits the new government to "a balanced budget by the end of the term" and to holding a referendum on electoral reform "no later than the second year."`,
    `Christian Union leader Hendrika Baas, who will serve as deputy prime minister and finance minister, said at a joint news conference that the talks had been "long, sometimes painful, and worth it." Standing beside her, de Vries-Okonjo thanked her negotiating partner by name.`,
    `"Hendrika and I do not agree on everything. We agree on enough," she said. "That is what a coalition is."`,
    `The new cabinet will be sworn in by the king on Monday.`,
  ], [
    q(`a balanced budget by the end of the term`, 'the coalition agreement'),
    q(`no later than the second year.`, 'the coalition agreement'),
    q(`long, sometimes painful, and worth it.`, 'Hendrika Baas'),
    q(`Hendrika and I do not agree on everything. We agree on enough,`, 'Mirjam de Vries-Okonjo'),
    q(`That is what a coalition is.`, 'Mirjam de Vries-Okonjo'),
  ]),

  passage('f39-swearing-in-boycott-43', ['headline', 'non_quote_quotation_marks', 'no_quotes', 'parliament'], [
    `"We will not be silenced": opposition boycotts swearing-in of new parliament`,
    `Members of the opposition Democratic Renewal bloc stayed away from Tuesday's swearing-in ceremony at the National Assembly in Port Maralo, leaving 61 of the chamber's 150 seats empty.`,
    `The bloc has refused to recognise the results of the March election, which opposition banners brand the "paper-ballot coup", and has organised a series of rallies under the banner "Count Every Vote".`,
    `Tuesday's ceremony went ahead with the national anthem, "Land of the Morning Tide", and an oath administered by the chief justice.`,
  ], []),
];
