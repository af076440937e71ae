// The own set's forty-second part ("fresh 41"): written by a second author during the twentieth session, without reading the engine's rules, its tests or any other part's passages, so it is measured on text its author never saw. It covers business, markets, labour and consumers: earnings calls, analysts, strikes and unions, takeovers, small businesses, regulators, prices, property. Measured only. Same gold conventions as passages.ts. People, places and organisations are made up.
import type { GoldItem } from '../dev-metrics';
import { passage, q } from './passages';

export const ownSetFresh41: GoldItem[] = [
  passage('f41-harlan-earnings-01', ['us_wire', 'earnings_call', 'two_same_gender_speakers', 'pronoun_speaker', 'split_quote'], [
    `MINNEAPOLIS (AP) — Harlan Foods Inc. said Tuesday that quarterly profit fell 14% as shoppers traded down to store brands, sending its shares lower in early trading.`,
    `"The consumer is stretched, and we are not going to pretend otherwise," said Chief Executive Dana Whitcomb on a call with analysts. "We priced ahead of inflation last year, and some of that came back to bite us."`,
    `Whitcomb said the company would cut prices on about 200 products by the end of the summer.`,
    `Chief Financial Officer Rebecca Osei told analysts the cuts would weigh on margins through the first half of next year. "We've built that into the guidance," she said. "There's no second shoe here."`,
    `Asked whether the company would revisit its dividend, Whitcomb was blunt. "No," she said. "The dividend is sacred to us."`,
  ], [
    q(`The consumer is stretched, and we are not going to pretend otherwise,`, 'Dana Whitcomb'),
    q(`We priced ahead of inflation last year, and some of that came back to bite us.`, 'Dana Whitcomb'),
    q(`We've built that into the guidance,`, 'Rebecca Osei'),
    q(`There's no second shoe here.`, 'Rebecca Osei'),
    q(`No,`, 'Dana Whitcomb'),
    q(`The dividend is sacred to us.`, 'Dana Whitcomb'),
  ]),

  passage('f41-northvale-strike-02', ['british_single_quotes', 'curly_quotes', 'said_colon', 'union', 'partial_quote', 'unnamed_source', 'organisation_speaker'], [
    `Train drivers on the Northvale network will walk out for 48 hours next month after talks over pay collapsed, the Associated Society of Footplate Staff said last night.`,
    `The union’s general secretary, Moira Pennington, said: ‘Our members have not had a real-terms rise in four years. They are tired of being told to wait.’`,
    `Northvale Rail said the strike was ‘wholly unnecessary’ and urged the union to return to talks. A spokesman added: ‘We have put a fair offer on the table and it remains there.’`,
    `Commuters in Kettlebridge, where services are already thin, reacted with weary resignation. ‘I’ll work from home, I suppose,’ said Aled Hughes, 41, an accountant. ‘It’s the third time this year.’`,
    `The transport secretary, Graham Ashworth, described the walkout as ‘a choice the union did not have to make’.`,
  ], [
    q(`Our members have not had a real-terms rise in four years. They are tired of being told to wait.`, 'Moira Pennington'),
    q(`wholly unnecessary`, 'Northvale Rail'),
    q(`We have put a fair offer on the table and it remains there.`, 'Northvale Rail spokesman (unnamed)'),
    q(`I’ll work from home, I suppose,`, 'Aled Hughes'),
    q(`It’s the third time this year.`, 'Aled Hughes'),
    q(`a choice the union did not have to make`, 'Graham Ashworth'),
  ]),

  passage('f41-lakeview-refund-03', ['indian_english', 'curly_quotes', 'regulator', 'property', 'partial_quote', 'organisation_speaker', 'unnamed_source'], [
    `RAVIPUR: The State Housing Regulatory Authority has ordered Suryodaya Developers to refund 312 buyers of its stalled Lakeview Heights project with interest, in an order that homebuyers’ groups on Friday hailed as a turning point.`,
    `“For six years we paid EMIs on flats that do not exist,” said Pradeep Kulkarni, secretary of the Lakeview Heights Flat Buyers’ Association. “Today, at least, someone has listened.”`,
    `In its 42-page order, the authority said the developer had “diverted buyers’ money to unrelated projects” and had failed to furnish quarterly updates as required under the law.`,
    `A Suryodaya spokesperson said the company would appeal. “We respect the authority, but the order does not take into account the delays caused by the pandemic and by pending approvals,” the spokesperson said.`,
    `Advocate Shalini Menon, who argued for the buyers, said the order would “give courage to thousands of buyers across the state who have been afraid to complain.”`,
  ], [
    q(`For six years we paid EMIs on flats that do not exist,`, 'Pradeep Kulkarni'),
    q(`Today, at least, someone has listened.`, 'Pradeep Kulkarni'),
    q(`diverted buyers’ money to unrelated projects`, 'the State Housing Regulatory Authority'),
    q(`We respect the authority, but the order does not take into account the delays caused by the pandemic and by pending approvals,`, 'Suryodaya Developers spokesperson (unnamed)'),
    q(`give courage to thousands of buyers across the state who have been afraid to complain.`, 'Shalini Menon'),
  ]),

  passage('f41-calloway-sale-04', ['us_wire', 'takeover', 'unnamed_source', 'organisation_speaker', 'partial_quote'], [
    `NEW YORK (Reuters) - Calloway Industrial Group is exploring a sale of its specialty chemicals unit that could value the business at around $4 billion, according to three people familiar with the matter.`,
    `The company has been working with advisers and has held early talks with private equity firms, the sources said, asking not to be identified because the deliberations are confidential.`,
    `"It's a clean asset with steady cash flow, which is exactly what buyout funds want right now," one of the people said.`,
    `Calloway declined to comment. In a statement last month, the company said it was "continually reviewing its portfolio to maximize shareholder value."`,
    `Activist investor Ingrid Solberg, whose fund Fjordline Capital owns about 6% of Calloway, has pushed for a breakup since last year. "The sum of the parts is worth far more than the whole," Solberg wrote in a letter to the board in March.`,
  ], [
    q(`It's a clean asset with steady cash flow, which is exactly what buyout funds want right now,`, 'person familiar with the matter (unnamed)'),
    q(`continually reviewing its portfolio to maximize shareholder value.`, 'Calloway Industrial Group'),
    q(`The sum of the parts is worth far more than the whole,`, 'Ingrid Solberg'),
  ]),

  passage('f41-rye-bakery-05', ['present_tense_says', 'small_business', 'feature', 'pronoun_speaker', 'two_same_gender_speakers', 'quote_about_other'], [
    `Tomasz Wróbel gets to his bakery on Harrow Lane at 3.30 every morning, and lately he has been doing the sums before he does the dough.`,
    `"Butter has gone up by almost half in two years," he says, sliding a tray of rye loaves onto a rack. "Flour, electricity, rent. Everything except what people want to pay for bread."`,
    `His landlord, a property firm based two towns away, raised the rent by 18 per cent in January. Wróbel's neighbour, the greengrocer Idris Mahmood, faced the same rise and closed his shop in March.`,
    `"Idris was here thirty years," Wróbel says. "Now it is a vape shop."`,
    `He has cut his opening hours and stopped selling cakes on Mondays. Does he think about closing? He shrugs. "Every week. But then who makes the bread?"`,
  ], [
    q(`Butter has gone up by almost half in two years,`, 'Tomasz Wróbel'),
    q(`Flour, electricity, rent. Everything except what people want to pay for bread.`, 'Tomasz Wróbel'),
    q(`Idris was here thirty years,`, 'Tomasz Wróbel'),
    q(`Now it is a vape shop.`, 'Tomasz Wróbel'),
    q(`Every week. But then who makes the bread?`, 'Tomasz Wróbel'),
  ]),

  passage('f41-pellmark-aurora-06', ['non_quote_quotation_marks', 'no_quotes', 'product_names'], [
    `Pellmark Electronics will begin selling its "Aurora" line of smart thermostats in 14 more countries from September, the company announced on Monday.`,
    `The expansion follows the modest success of the "Aurora Mini", which the company marketed under the slogan "Warm where you are" and which sold about 800,000 units last year.`,
    `Pellmark has also rebranded its loyalty scheme as "Pellmark Plus" and will fold its older "HomeSense" app into a single platform by the end of the year.`,
    `Its shares rose 3.2 per cent on the news, extending a rally that traders have taken to calling the "thermostat trade".`,
  ], []),

  passage('f41-ogbadu-market-07', ['nigerian_english', 'prices', 'said_colon', 'role_reference', 'partial_quote', 'honorific_titles'], [
    `Traders at the Ogbadu Market in Anwai have raised the prices of rice, beans and garri for the third time in two months, blaming the cost of diesel and the weakness of the naira.`,
    `A 50kg bag of rice, which sold for N62,000 in January, now goes for N78,500. Mrs Folasade Adeyemi, who sells grains at the market, said: "It is not our fault. The transporters charge us more every week and we must add something to survive."`,
    `Another trader, who gave his name only as Chukwuemeka, said customers had started buying in smaller quantities. "Before, people buy one bag. Now they buy one paint bucket," he said.`,
    `The Chairman of the Anwai Market Traders Association, Alhaji Musa Danjuma, urged the state government to intervene. "Government must fix the roads and bring down the price of diesel. Then you will see prices come down," the chairman said.`,
    `The state Commissioner for Commerce, Dr Ngozi Okonkwo-Bello, told journalists on Thursday that the government was "studying the situation closely" and would meet traders next week.`,
  ], [
    q(`It is not our fault. The transporters charge us more every week and we must add something to survive.`, 'Folasade Adeyemi'),
    q(`Before, people buy one bag. Now they buy one paint bucket,`, 'Chukwuemeka'),
    q(`Government must fix the roads and bring down the price of diesel. Then you will see prices come down,`, 'Musa Danjuma'),
    q(`studying the situation closely`, 'Ngozi Okonkwo-Bello'),
  ]),

  passage('f41-tannery-row-call-08', ['transcript', 'earnings_call', 'qa_format', 'colon_cue', 'unnamed_source'], [
    `Shares in Tannery Row Group fell 9 per cent on Thursday after its chief executive declined to say whether the retailer would meet its full-year targets. The key exchange on the company's call with analysts ran as follows:`,
    `Priya Raman, analyst, Holloway & Finch: "Marcus, can you confirm the full-year guidance or not?"`,
    `Marcus Leung, chief executive: "What I can confirm is that we're trading in line with our internal plan."`,
    `Raman: "Is the internal plan the same as the guidance?"`,
    `Leung: "I'm not going to get into the mechanics of that on this call."`,
    `One investor, who asked not to be named, said afterwards: "That's the kind of answer that makes you sell first and ask questions later."`,
  ], [
    q(`Marcus, can you confirm the full-year guidance or not?`, 'Priya Raman'),
    q(`What I can confirm is that we're trading in line with our internal plan.`, 'Marcus Leung'),
    q(`Is the internal plan the same as the guidance?`, 'Priya Raman'),
    q(`I'm not going to get into the mechanics of that on this call.`, 'Marcus Leung'),
    q(`That's the kind of answer that makes you sell first and ask questions later.`, 'investor (unnamed)'),
  ]),

  passage('f41-kiptaret-tea-09', ['kenyan_english', 'strike', 'union', 'continuation_paragraph', 'organisation_speaker', 'honorific_titles'], [
    `Tea pluckers at three estates owned by Highland Leaf Holdings in Kiptaret have downed their tools, demanding a 30 per cent pay rise and an end to the use of plucking machines.`,
    `Speaking to journalists at the gate of the Chebirir estate yesterday, the branch secretary of the Plantation Workers Union, Mr Joseph Kiprotich Langat, said the workers would not return until the company agreed to talks.`,
    `"These machines do the work of 100 people. Where are those 100 people supposed to go? Their children must still go to school," he said.`,
    `"We are not against progress. We are against progress that leaves our members with nothing.`,
    `"If the company wants peace, it knows where to find us."`,
    `Highland Leaf Holdings said in a statement that it had offered a 9 per cent increase and would retrain workers displaced by mechanisation. "The company remains committed to dialogue and urges all workers to resume duty," the statement said.`,
  ], [
    q(`These machines do the work of 100 people. Where are those 100 people supposed to go? Their children must still go to school,`, 'Joseph Kiprotich Langat'),
    q(`We are not against progress. We are against progress that leaves our members with nothing.`, 'Joseph Kiprotich Langat'),
    q(`If the company wants peace, it knows where to find us.`, 'Joseph Kiprotich Langat'),
    q(`The company remains committed to dialogue and urges all workers to resume duty,`, 'Highland Leaf Holdings'),
  ]),

  passage('f41-wage-data-stocks-10', ['us_wire', 'markets', 'analysts', 'long_appositive', 'pronoun_speaker'], [
    `NEW YORK (AP) — Stocks slipped on Wall Street on Wednesday after a stronger-than-expected report on wages stoked worries that the central bank will keep interest rates high for longer.`,
    `"The market wanted a cooling labor market, and it got the opposite," said Lucia Ferrante, chief investment strategist at Beacon Hill Wealth Partners. "That pushes any rate cut further into next year."`,
    `Not everyone was so gloomy. Deshawn Pruitt, senior market analyst at Crestline Securities, said the wage data could be a sign of a healthy economy rather than one that is overheating.`,
    `"People are earning more and spending it. That's not a recession," Pruitt said. "I'd be more worried if this number came in weak."`,
    `Ferrante, though, said she was advising clients to hold more cash. "There's no prize for being a hero in this tape," she said.`,
  ], [
    q(`The market wanted a cooling labor market, and it got the opposite,`, 'Lucia Ferrante'),
    q(`That pushes any rate cut further into next year.`, 'Lucia Ferrante'),
    q(`People are earning more and spending it. That's not a recession,`, 'Deshawn Pruitt'),
    q(`I'd be more worried if this number came in weak.`, 'Deshawn Pruitt'),
    q(`There's no prize for being a hero in this tape,`, 'Lucia Ferrante'),
  ]),

  passage('f41-ardmoy-pubs-11', ['irish_english', 'curly_quotes', 'small_business', 'regulator', 'partial_quote', 'unnamed_source', 'pronoun_speaker'], [
    `Publicans in Co Ardmoy have warned that as many as one in five rural pubs could close within two years after the Licensing Authority confirmed a 40 per cent increase in annual fees.`,
    `Seán Ó Briain, who runs a pub in the village of Kilcarrig, said the increase would cost him an extra €2,300 a year. “That’s the difference between keeping the doors open in winter and not,” he said.`,
    `The chief executive of the Rural Vintners’ Federation, Bríd Nolan, said the decision showed “a complete disconnect” between officials and the realities of rural life.`,
    `“A pub in a village like Kilcarrig is the post office, the community centre and the taxi rank all rolled into one,” she said. “When it goes, it doesn’t come back.”`,
    `A spokeswoman for the Licensing Authority said the fees had not been revised since 2009 and that the increase was “modest in real terms”.`,
  ], [
    q(`That’s the difference between keeping the doors open in winter and not,`, 'Seán Ó Briain'),
    q(`a complete disconnect`, 'Bríd Nolan'),
    q(`A pub in a village like Kilcarrig is the post office, the community centre and the taxi rank all rolled into one,`, 'Bríd Nolan'),
    q(`When it goes, it doesn’t come back.`, 'Bríd Nolan'),
    q(`modest in real terms`, 'Licensing Authority spokeswoman (unnamed)'),
  ]),

  passage('f41-wattle-bay-auction-12', ['australian_english', 'property', 'present_tense_says', 'unnamed_source', 'long_appositive'], [
    `Auction clearance rates across Carrawong's inner suburbs climbed to 74 per cent on the weekend, the highest level since autumn, as buyers returned in force despite another rate rise.`,
    `At a packed auction in Wattle Bay on Saturday, a three-bedroom weatherboard cottage sold for $1.62 million, $170,000 above reserve.`,
    `"I had 11 registered bidders and six of them were still going at a million-five," said selling agent Brodie McAllister of Harbourline Realty. "You don't see that in a soft market."`,
    `The buyers, a young couple who did not want to be named, said they had missed out on four previous properties. "We just decided we weren't going home without it," the woman said.`,
    `Property economist Dr Anjali Krishnan says the numbers should be treated with caution. "Clearance rates are a volume game, and volumes are still low," she says. "Don't mistake a good weekend for a turning point."`,
  ], [
    q(`I had 11 registered bidders and six of them were still going at a million-five,`, 'Brodie McAllister'),
    q(`You don't see that in a soft market.`, 'Brodie McAllister'),
    q(`We just decided we weren't going home without it,`, 'buyer (unnamed)'),
    q(`Clearance rates are a volume game, and volumes are still low,`, 'Anjali Krishnan'),
    q(`Don't mistake a good weekend for a turning point.`, 'Anjali Krishnan'),
  ]),

  passage('f41-wagtail-pawpoint-13', ['british_english', 'regulator', 'takeover', 'document_speaker', 'organisation_speaker', 'partial_quote', 'said_colon'], [
    `The competition watchdog has blocked the £1.1bn takeover of the pet-care chain Wagtail by its larger rival PawPoint, ruling that the deal would leave shoppers in dozens of towns with higher prices and less choice.`,
    `In its final report, the Markets and Fair Trading Authority said the merger would "substantially lessen competition" in 67 local areas, and that remedies offered by PawPoint did not go far enough.`,
    `"Pet owners have had a tough enough time with rising costs. They deserve to know that competition is working for them," said Helena Strand, who chaired the inquiry panel.`,
    `PawPoint said it was "deeply disappointed" and was considering an appeal. Its chief executive, Oliver Grange, said: "We believe this decision misunderstands a market that is increasingly online."`,
    `The report noted that in some towns the two chains operated "the only specialist pet shops within a 20-minute drive".`,
  ], [
    q(`substantially lessen competition`, 'the Markets and Fair Trading Authority'),
    q(`Pet owners have had a tough enough time with rising costs. They deserve to know that competition is working for them,`, 'Helena Strand'),
    q(`deeply disappointed`, 'PawPoint'),
    q(`We believe this decision misunderstands a market that is increasingly online.`, 'Oliver Grange'),
    q(`the only specialist pet shops within a 20-minute drive`, 'the report'),
  ]),

  passage('f41-tshiamo-wage-talks-14', ['south_african_english', 'union', 'strike', 'quote_about_other', 'two_same_gender_speakers', 'partial_quote'], [
    `Wage negotiations between Tshiamo Platinum and the National Union of Underground Workers (Nuuw) deadlocked on Tuesday, raising the prospect of a strike at the company's three shafts near Mokwena.`,
    `Nuuw's chief negotiator, Sipho Dlamini, said the union had cut its demand from R3,000 to R2,200 a month. "We have moved. The company has not moved one cent," Dlamini said.`,
    `Tshiamo's executive for human resources, Thabo Mokoena, told reporters that the union's demand was "simply unaffordable" at current metal prices. "Sipho knows the numbers as well as I do," Mokoena said. "The basket price has fallen by a third."`,
    `The dispute has been referred to the Labour Dispute Commission for conciliation.`,
    `Lerato Khumalo, who has worked underground for 14 years, said she would support a strike. "We don't want to strike, but what choice do they leave us?" she asked.`,
  ], [
    q(`We have moved. The company has not moved one cent,`, 'Sipho Dlamini'),
    q(`simply unaffordable`, 'Thabo Mokoena'),
    q(`Sipho knows the numbers as well as I do,`, 'Thabo Mokoena'),
    q(`The basket price has fallen by a third.`, 'Thabo Mokoena'),
    q(`We don't want to strike, but what choice do they leave us?`, 'Lerato Khumalo'),
  ]),

  passage('f41-unit-pricing-15', ['canadian_english', 'prices', 'regulator', 'split_quote', 'organisation_speaker', 'partial_quote', 'pronoun_speaker'], [
    `KESTREL FALLS, Ont. — The federal government will require large grocery chains to display unit prices on all shelf labels by next spring, Industry Minister Marie-Claude Thibodeau announced Monday.`,
    `"Canadians should not need a calculator to figure out whether the big box is a better deal than the small one," Thibodeau told reporters at a grocery store in Kestrel Falls. "This is about giving people the information to make their own choices."`,
    `The Canadian Food Retail Alliance said its members supported "clear and consistent" pricing but warned that the cost of new labels would be significant.`,
    `"We want this done right," said the alliance's president, Gordon MacPhail, "and that means a realistic timeline for the thousands of independent stores that will have to comply."`,
    `Consumer advocate Nadia Haddad, of the group Fair Cart, welcomed the move but said it did not go far enough. She has long pushed for rules on so-called shrinkflation, in which products get smaller while prices stay the same. "Unit pricing is step one," she said. "Step two is telling shoppers when the box got smaller."`,
  ], [
    q(`Canadians should not need a calculator to figure out whether the big box is a better deal than the small one,`, 'Marie-Claude Thibodeau'),
    q(`This is about giving people the information to make their own choices.`, 'Marie-Claude Thibodeau'),
    q(`clear and consistent`, 'the Canadian Food Retail Alliance'),
    q(`We want this done right,`, 'Gordon MacPhail'),
    q(`and that means a realistic timeline for the thousands of independent stores that will have to comply.`, 'Gordon MacPhail'),
    q(`Unit pricing is step one,`, 'Nadia Haddad'),
    q(`Step two is telling shoppers when the box got smaller.`, 'Nadia Haddad'),
  ]),

  passage('f41-dunmore-depot-vote-16', ['headline', 'british_single_quotes', 'union', 'said_colon', 'partial_quote', 'organisation_speaker', 'unnamed_source', 'pronoun_speaker'], [
    `Warehouse staff vote 'overwhelmingly' for strike at Dunmore depot`,
    `Workers at the Brackwell Logistics depot in Dunmore have voted to strike over shift patterns, the Unified Workers' Alliance said on Friday.`,
    `Of those who voted, 87 per cent backed action. Regional organiser Kerry-Ann Blake said: 'People are being told on a Thursday what hours they will work the following Monday. You cannot run a family like that.'`,
    `She added that the company had 'refused point blank' to discuss a four-week rota.`,
    `Brackwell said the result reflected 'a minority of the workforce' because turnout was 52 per cent. The firm's operations director, Neil Forsyth, said: 'We value our colleagues and our door remains open.'`,
    `A worker at the depot, who did not wish to be named for fear of losing shifts, said: 'Everyone I know voted yes. We've had enough.'`,
  ], [
    q(`People are being told on a Thursday what hours they will work the following Monday. You cannot run a family like that.`, 'Kerry-Ann Blake'),
    q(`refused point blank`, 'Kerry-Ann Blake'),
    q(`a minority of the workforce`, 'Brackwell Logistics'),
    q(`We value our colleagues and our door remains open.`, 'Neil Forsyth'),
    q(`Everyone I know voted yes. We've had enough.`, 'worker (unnamed)'),
  ]),

  passage('f41-copperkettle-17', ['us_wire', 'earnings_call', 'pronoun_speaker', 'two_same_gender_speakers', 'analysts'], [
    `BELLHAVEN, Wash. (AP) — Copperkettle Coffee Co. reported a surprise 3% drop in same-store sales for its fiscal third quarter, as a new mobile ordering system frustrated regular customers and slowed stores at peak hours.`,
    `Chief Executive Raymond Akintola acknowledged the problems on a conference call Thursday. "We rolled it out too fast, and our baristas paid the price for that," he said. "That's on me."`,
    `The company said it had hired Tobias Lindqvist, a former operations chief at the grocery chain FreshWay, to oversee the fix. Lindqvist will start next month and report directly to Akintola.`,
    `Analysts were not entirely convinced. Gregory Hanlon of Marlow Research noted that the company had promised a turnaround twice before.`,
    `"Every quarter there's a new reason," he wrote in a note to clients. "At some point the reason is the strategy."`,
  ], [
    q(`We rolled it out too fast, and our baristas paid the price for that,`, 'Raymond Akintola'),
    q(`That's on me.`, 'Raymond Akintola'),
    q(`Every quarter there's a new reason,`, 'Gregory Hanlon'),
    q(`At some point the reason is the strategy.`, 'Gregory Hanlon'),
  ]),

  passage('f41-harcourt-flat-18', ['british_english', 'property', 'tribunal', 'document_speaker', 'reported_earlier_speech', 'partial_quote', 'said_colon'], [
    `A landlord who let a damp basement flat in Harcourt Street to a family of four has been ordered to repay £14,600 in rent after a tribunal found he had failed to license the property.`,
    `The tenants, Amira and Karim Haddou, told the Housing Tribunal that mould had spread across their children's bedroom within weeks of moving in.`,
    `In its written decision, the tribunal said the landlord, Desmond Pryce, had shown "a persistent disregard for the welfare of his tenants" and had ignored three warnings from Lowbridge Council.`,
    `Mrs Haddou said that when the family complained, Mr Pryce told them there were "plenty who would" take the flat. "We had nowhere else to go," she said outside the hearing.`,
    `Mr Pryce, who did not attend the hearing, could not be reached for comment. Lowbridge Council's cabinet member for housing, Cllr Yusuf Patel, said: "This case should send a clear message to rogue landlords across the borough."`,
  ], [
    q(`a persistent disregard for the welfare of his tenants`, 'the Housing Tribunal'),
    q(`plenty who would`, 'Desmond Pryce'),
    q(`We had nowhere else to go,`, 'Amira Haddou'),
    q(`This case should send a clear message to rogue landlords across the borough.`, 'Yusuf Patel'),
  ]),

  passage('f41-canopy-bonds-19', ['non_quote_quotation_marks', 'no_quotes', 'markets', 'scare_quotes'], [
    `Kestrel Bank's so-called "green bonds" have drawn record demand from pension funds this year, even as critics question how much of the money reaches projects that actually cut emissions.`,
    `The bank sold £2bn of the notes in its latest offering, known internally as "Project Canopy", and has listed them on the exchange's "Sustainable Finance" segment.`,
    `The issue was the subject of a recent episode of the financial podcast "Money in the Middle", which has been critical of the bank's labelling.`,
    `Demand for the bonds has been strongest among funds that market themselves as "ethical", though few of them publish detailed holdings.`,
  ], []),

  passage('f41-la-esquina-20', ['present_tense_says', 'small_business', 'feature', 'reported_earlier_speech', 'quote_about_other', 'two_same_gender_speakers', 'pronoun_speaker'], [
    `Every morning before she lifts the metal shutter at La Esquina Market, Graciela Montoya checks the price of eggs on her phone.`,
    `"Eggs tell me what kind of week it's going to be," says Montoya, 52, who has run the corner store in the Eastfield neighborhood since 2006. "When eggs go up, everything goes up."`,
    `She took over the business from her mother, Rosa Montoya, who opened it in 1989 with savings from cleaning offices downtown. Her mother, she says, used to tell her, "Never let a customer leave with nothing in their hands." The older woman died in 2015.`,
    `These days that is harder. A dozen eggs costs $4.29 at La Esquina, up from $2.49 two years ago, and Montoya says she makes almost nothing on them.`,
    `"I could charge five dollars. The supermarket does," she says. "But then Mrs. Alvarez on the third floor doesn't buy eggs, and she's 81."`,
  ], [
    q(`Eggs tell me what kind of week it's going to be,`, 'Graciela Montoya'),
    q(`When eggs go up, everything goes up.`, 'Graciela Montoya'),
    q(`Never let a customer leave with nothing in their hands.`, 'Rosa Montoya'),
    q(`I could charge five dollars. The supermarket does,`, 'Graciela Montoya'),
    q(`But then Mrs. Alvarez on the third floor doesn't buy eggs, and she's 81.`, 'Graciela Montoya'),
  ]),

  passage('f41-skybridge-pilots-21', ['us_wire', 'union', 'strike', 'split_quote', 'organisation_speaker', 'partial_quote'], [
    `LAKEMONT, Ill. (AP) — Pilots at SkyBridge Airlines voted overwhelmingly Friday to authorize a strike, escalating a two-year contract fight, though federal labor law makes an actual walkout unlikely any time soon.`,
    `The Commercial Aviators Association said 97% of the airline's 2,100 pilots voted, and 99% of those backed the authorization.`,
    `"Our pilots have been flying under a contract that expired before the pandemic," said Capt. Leon Marchetti, who chairs the union's SkyBridge unit. "This vote," he added, "is the clearest message we can send to management."`,
    `SkyBridge said in a statement that it was "disappointed the union has chosen theatrics over the bargaining table," and noted that negotiations were scheduled to resume next week with a federal mediator.`,
    `Under the law governing airline labor, pilots cannot strike unless federal mediators release them from talks, a step that is rarely taken.`,
  ], [
    q(`Our pilots have been flying under a contract that expired before the pandemic,`, 'Leon Marchetti'),
    q(`This vote,`, 'Leon Marchetti'),
    q(`is the clearest message we can send to management.`, 'Leon Marchetti'),
    q(`disappointed the union has chosen theatrics over the bargaining table,`, 'SkyBridge Airlines'),
  ]),

  passage('f41-devgaon-onions-22', ['indian_english', 'curly_quotes', 'prices', 'unnamed_source', 'said_colon', 'organisation_speaker', 'partial_quote'], [
    `DEVGAON: Wholesale onion prices at the Devgaon Agricultural Produce Market Committee yard touched ₹48 a kg on Monday, nearly double last month’s levels, after unseasonal rain damaged the late kharif crop in the region.`,
    `“Almost 40 per cent of my crop rotted in the field. What is left, I am selling at a good price, but overall I am in loss,” said Balasaheb Jadhav, a farmer from Pimpalwadi village.`,
    `Traders said arrivals at the yard had fallen to around 9,000 quintals a day from 22,000 quintals in October. A senior official of the market committee, who did not wish to be named, said: “Arrivals will improve only after the new crop comes in January. Till then prices will stay firm.”`,
    `The Union consumer affairs ministry on Monday said it would release 25,000 tonnes of onions from its buffer stock to “cool retail prices in major consuming centres.”`,
    `In Ravipur, homemaker Rekha Sawant said she had stopped buying onions by the kilo. “Now I buy two-three at a time. What to do?” she said.`,
  ], [
    q(`Almost 40 per cent of my crop rotted in the field. What is left, I am selling at a good price, but overall I am in loss,`, 'Balasaheb Jadhav'),
    q(`Arrivals will improve only after the new crop comes in January. Till then prices will stay firm.`, 'market committee official (unnamed)'),
    q(`cool retail prices in major consuming centres.`, 'the Union consumer affairs ministry'),
    q(`Now I buy two-three at a time. What to do?`, 'Rekha Sawant'),
  ]),

  passage('f41-thornbury-bid-23', ['british_english', 'takeover', 'document_speaker', 'organisation_speaker', 'said_colon', 'partial_quote', 'honorific_titles'], [
    `The board of Thornbury Engineering has urged shareholders to reject a £640m hostile bid from the American industrial group Vantage Holdings, saying the offer "fundamentally undervalues" the business.`,
    `In a letter to investors published on Monday, the chairman, Sir Malcolm Redfern, wrote: "Your board is unanimous. This offer is opportunistic, it is timed to exploit a temporary dip in our share price, and it should be rejected."`,
    `Vantage's chief executive, Claire Donnelly, hit back within hours. "Thornbury's shareholders have watched their investment go nowhere for a decade," she said. "We are offering them a 38 per cent premium. The board should let them decide."`,
    `The offer document, sent to shareholders last week, states that Vantage intends to keep Thornbury's headquarters in Ashby Cross "for at least two years" but makes no commitment beyond that.`,
    `The Engineering and Allied Trades Union said that promise was "worth nothing" without legally binding guarantees on jobs.`,
  ], [
    q(`fundamentally undervalues`, 'the board of Thornbury Engineering'),
    q(`Your board is unanimous. This offer is opportunistic, it is timed to exploit a temporary dip in our share price, and it should be rejected.`, 'Malcolm Redfern'),
    q(`Thornbury's shareholders have watched their investment go nowhere for a decade,`, 'Claire Donnelly'),
    q(`We are offering them a 38 per cent premium. The board should let them decide.`, 'Claire Donnelly'),
    q(`for at least two years`, 'the offer document'),
    q(`worth nothing`, 'the Engineering and Allied Trades Union'),
  ]),

  passage('f41-mobile-money-fees-24', ['kenyan_english', 'curly_quotes', 'regulator', 'consumers', 'split_quote', 'phrase_between_quote_and_cue', 'partial_quote', 'honorific_titles'], [
    `The Communications and Payments Authority has ordered mobile money operators to cut fees on transfers below Sh1,000, in a move aimed at protecting low-income users.`,
    `“Small transactions are the lifeblood of ordinary Kenyans. It cannot be that the poorest pay the highest percentage in charges,” the Authority’s director-general, Mr Peter Otieno Ouma, told a press briefing yesterday.`,
    `The directive, which takes effect on July 1, will reduce the charge for sending Sh500 from Sh13 to Sh7.`,
    `“We will comply,” said Ms Wanjiru Kamau, chief executive of PesaLink Mobile, the largest operator, speaking on the sidelines of a banking conference, “but the Authority should understand that these fees pay for agents in every village in this country.”`,
    `Haki Mtumiaji Consumer Network secretary-general Stephen Mutua welcomed the directive, which he said was “long overdue”.`,
  ], [
    q(`Small transactions are the lifeblood of ordinary Kenyans. It cannot be that the poorest pay the highest percentage in charges,`, 'Peter Otieno Ouma'),
    q(`We will comply,`, 'Wanjiru Kamau'),
    q(`but the Authority should understand that these fees pay for agents in every village in this country.`, 'Wanjiru Kamau'),
    q(`long overdue`, 'Stephen Mutua'),
  ]),

  passage('f41-overdraft-cap-25', ['us_wire', 'regulator', 'press_conference', 'reporter_question', 'split_quote', 'partial_quote', 'pronoun_speaker'], [
    `The head of the Consumer Credit Protection Board defended a new cap on overdraft fees Tuesday, telling reporters that banks had "years of warning" that the rules were coming.`,
    `"Nobody at these banks can say they were surprised," said board Chairwoman Evelyn Tran. "We published the draft rule eighteen months ago."`,
    `One reporter asked whether banks would simply make up the lost revenue through higher monthly fees. "Some may try," Tran said. "We'll be watching."`,
    `Another asked about a lawsuit filed last week by the American Bankers Council challenging the rule. "I'm not going to comment on pending litigation," she said, "other than to say we are confident in our legal authority."`,
    `In a statement, the council's president, Franklin Dorsey, called the cap "a price control dressed up as consumer protection."`,
  ], [
    q(`years of warning`, 'Evelyn Tran'),
    q(`Nobody at these banks can say they were surprised,`, 'Evelyn Tran'),
    q(`We published the draft rule eighteen months ago.`, 'Evelyn Tran'),
    q(`Some may try,`, 'Evelyn Tran'),
    q(`We'll be watching.`, 'Evelyn Tran'),
    q(`I'm not going to comment on pending litigation,`, 'Evelyn Tran'),
    q(`other than to say we are confident in our legal authority.`, 'Evelyn Tran'),
    q(`a price control dressed up as consumer protection.`, 'Franklin Dorsey'),
  ]),

  passage('f41-the-quays-26', ['non_quote_quotation_marks', 'no_quotes', 'property', 'british_english'], [
    `Work has begun on "The Quays", a 420-home development on the former Mallory Biscuit factory site, after the developer secured a £60m loan from the Dunhollow Building Society.`,
    `The scheme, marketed to first-time buyers under the banner "Your first key", includes 84 flats sold at a 20 per cent discount under the council's "Starter Keys" programme.`,
    `Residents' groups had campaigned against an earlier version of the plans, which they nicknamed "the Wall" because of a nine-storey block along the canal.`,
    `The developer, Ferrisdale Homes, won the Regional Property Awards' "Regeneration Scheme of the Year" title last year for a similar project in Coldharbour.`,
  ], []),

  passage('f41-stellmark-closure-27', ['canadian_english', 'union', 'plant_closure', 'continuation_paragraph', 'long_appositive', 'organisation_speaker'], [
    `PORT DALTON, Ont. — Auto parts maker Stellmark Components will close its Port Dalton plant next year, eliminating about 640 jobs, the company told employees Wednesday.`,
    `Workers filed out of the plant after a morning meeting, some in tears. "I've been here 23 years. My father worked here before me," said Darlene Kowalczyk, a line worker and mother of three. "I don't know what I'm going to tell my kids tonight."`,
    `Angus Beaudoin, president of Local 1182 of the United Auto Parts Workers of Canada, said the union had been given no warning.`,
    `"They sat across the table from us in the spring and negotiated a three-year contract. Not once did they mention this.`,
    `"We're going to fight it, and we're going to call on every level of government to help us fight it."`,
    `Stellmark said in a release that the decision was driven by "shifting customer demand and the consolidation of North American production," and that affected employees would receive severance and job placement support.`,
  ], [
    q(`I've been here 23 years. My father worked here before me,`, 'Darlene Kowalczyk'),
    q(`I don't know what I'm going to tell my kids tonight.`, 'Darlene Kowalczyk'),
    q(`They sat across the table from us in the spring and negotiated a three-year contract. Not once did they mention this.`, 'Angus Beaudoin'),
    q(`We're going to fight it, and we're going to call on every level of government to help us fight it.`, 'Angus Beaudoin'),
    q(`shifting customer demand and the consolidation of North American production,`, 'Stellmark Components'),
  ]),

  passage('f41-severnmouth-agm-28', ['british_single_quotes', 'curly_quotes', 'shareholder_meeting', 'group_speaker', 'said_colon', 'partial_quote', 'organisation_speaker'], [
    `Protesters disrupted the annual meeting of the utility Severnmouth Water yesterday, shouting ‘Shame!’ as the chairman rose to defend a £1.9m pay package for the chief executive.`,
    `The chairman, Richard Hemsworth, told shareholders: ‘I understand the strength of feeling. But we must pay what it takes to attract talent to run a complex business.’`,
    `Outside the venue, Gwen Pritchard, a retired engineer who has held shares for 30 years, said: ‘They’ve dumped sewage in our rivers and they want to reward themselves for it. It’s obscene.’`,
    `Roughly 38 per cent of votes were cast against the remuneration report, a figure the company called ‘a significant minority’ that it would ‘reflect on carefully’.`,
    `The water regulator has fined the company £11m this year for pollution incidents.`,
  ], [
    q(`Shame!`, 'Protesters'),
    q(`I understand the strength of feeling. But we must pay what it takes to attract talent to run a complex business.`, 'Richard Hemsworth'),
    q(`They’ve dumped sewage in our rivers and they want to reward themselves for it. It’s obscene.`, 'Gwen Pritchard'),
    q(`a significant minority`, 'Severnmouth Water'),
    q(`reflect on carefully`, 'Severnmouth Water'),
  ]),

  passage('f41-agbara-fares-29', ['nigerian_english', 'prices', 'union', 'said_colon', 'role_reference', 'pronoun_speaker', 'two_same_gender_speakers', 'honorific_titles'], [
    `Commuters in Agbara Town were stranded on Monday as commercial bus drivers withdrew their services to protest a fresh hike in the pump price of petrol.`,
    `The Chairman of the Road Transport Owners Union, Agbara branch, Comrade Tajudeen Bakare, said drivers could no longer operate at the old fares. He said: "We buy fuel at N1,150 per litre now. You cannot ask a driver to carry passengers at yesterday's price with today's fuel."`,
    `A civil servant, Mr Emeka Obi, who trekked from Oke-Odan to his office, said: "I left my house by 5am. I reached office by 9. This thing is affecting everybody, not only the drivers."`,
    `The Commissioner for Transport, Mr Adewale Ogunleye, appealed to the union to call off the strike, saying government was "in talks with marketers to stabilise supply". The commissioner added that state-owned buses would run free of charge on major routes until Wednesday.`,
    `"We are not unmindful of the pains of our people," he told newsmen.`,
  ], [
    q(`We buy fuel at N1,150 per litre now. You cannot ask a driver to carry passengers at yesterday's price with today's fuel.`, 'Tajudeen Bakare'),
    q(`I left my house by 5am. I reached office by 9. This thing is affecting everybody, not only the drivers.`, 'Emeka Obi'),
    q(`in talks with marketers to stabilise supply`, 'Adewale Ogunleye'),
    q(`We are not unmindful of the pains of our people,`, 'Adewale Ogunleye'),
  ]),

  passage('f41-grainfield-beat-30', ['headline', 'us_wire', 'earnings', 'analysts', 'partial_quote', 'cue_before_name'], [
    `Grainfield Tech beats estimates, says AI demand 'just getting started'`,
    `(Reuters) - Grainfield Technologies Inc reported quarterly revenue above Wall Street estimates on Wednesday, as demand for its data-center cooling systems surged, and its chief executive said demand was "just getting started."`,
    `"We are seeing orders from customers we didn't even know existed a year ago," Chief Executive Officer Hiroshi Tanabe said on a post-earnings call. "Our backlog has never been this deep."`,
    `Shares of the company rose 11% in extended trading.`,
    `"The quarter was clean, the guide was better than clean," said Mariana Costa, an analyst at Redfern & Lowe who rates the stock a buy. "The only question now is whether they can build fast enough."`,
    `Revenue rose 41% to $1.28 billion, compared with analysts' average estimate of $1.19 billion, according to market data.`,
  ], [
    q(`just getting started.`, 'Hiroshi Tanabe'),
    q(`We are seeing orders from customers we didn't even know existed a year ago,`, 'Hiroshi Tanabe'),
    q(`Our backlog has never been this deep.`, 'Hiroshi Tanabe'),
    q(`The quarter was clean, the guide was better than clean,`, 'Mariana Costa'),
    q(`The only question now is whether they can build fast enough.`, 'Mariana Costa'),
  ]),

  passage('f41-yallandra-plumber-31', ['australian_english', 'present_tense_says', 'small_business', 'quote_about_other', 'two_same_gender_speakers', 'said_colon'], [
    `Mick Papadopoulos has been a plumber in Yallandra Heads for 26 years, and he has never been busier, or more tired.`,
    `"I've got a waiting list of eight weeks for anything that's not an emergency," he says. "I could hire two blokes tomorrow if I could find them."`,
    `His last apprentice, Jayden Walsh, finished his ticket in March and went straight to the mines in Western Australia, where he is earning nearly twice what Papadopoulos could pay him.`,
    `"Can't blame him. Jayden's a good kid and he's got a mortgage to think about," Papadopoulos says.`,
    `The Master Tradespeople Association says the shortage is adding to the cost of renovations. Its chief executive, Fiona Bartlett, says: "When there are fewer tradies chasing more work, the price of every job goes up. Consumers end up paying for a training system that hasn't kept pace."`,
  ], [
    q(`I've got a waiting list of eight weeks for anything that's not an emergency,`, 'Mick Papadopoulos'),
    q(`I could hire two blokes tomorrow if I could find them.`, 'Mick Papadopoulos'),
    q(`Can't blame him. Jayden's a good kid and he's got a mortgage to think about,`, 'Mick Papadopoulos'),
    q(`When there are fewer tradies chasing more work, the price of every job goes up. Consumers end up paying for a training system that hasn't kept pace.`, 'Fiona Bartlett'),
  ]),

  passage('f41-mortgage-rules-32', ['irish_english', 'british_single_quotes', 'curly_quotes', 'property', 'regulator', 'partial_quote', 'pronoun_speaker', 'organisation_speaker'], [
    `First-time buyers will be able to borrow up to four times their income under changes to the mortgage rules announced yesterday by the Financial Stability Authority.`,
    `The authority’s deputy governor, Caoimhe Fitzgerald, said the changes reflected ‘a more resilient banking system’ and were not a response to lobbying from the property industry.`,
    `‘We have looked at the evidence carefully. These are modest, measured changes,’ she told reporters.`,
    `But the housing charity Homeward warned that the move would push prices higher. Its policy director, Declan Moriarty, said: ‘Giving people more money to borrow when there are no more houses to buy only pushes up prices.’`,
    `The Construction Industry Forum welcomed the changes, saying they would ‘unlock demand’ for new homes in the commuter counties.`,
  ], [
    q(`a more resilient banking system`, 'Caoimhe Fitzgerald'),
    q(`We have looked at the evidence carefully. These are modest, measured changes,`, 'Caoimhe Fitzgerald'),
    q(`Giving people more money to borrow when there are no more houses to buy only pushes up prices.`, 'Declan Moriarty'),
    q(`unlock demand`, 'the Construction Industry Forum'),
  ]),

  passage('f41-sell-in-may-33', ['us_wire', 'markets', 'analysts', 'adage_null_speaker', 'long_appositive'], [
    `NEW YORK (AP) — Anyone who followed the old Wall Street adage "sell in May and go away" this year missed out on one of the strongest summers for stocks in a decade.`,
    `The benchmark index has climbed 9% since the start of May, led by banks and industrial companies.`,
    `"The seasonal stuff makes for a good headline, but it's never been much of a strategy," said Carmen Villalobos, who oversees $30 billion as head of equities at Northgate Asset Management.`,
    `Still, some investors said the gains had come too far, too fast. "Everyone I talk to is bullish, and that makes me nervous," said Arjun Mehta, a portfolio manager at Sterling Row Advisors.`,
  ], [
    q(`sell in May and go away`, null),
    q(`The seasonal stuff makes for a good headline, but it's never been much of a strategy,`, 'Carmen Villalobos'),
    q(`Everyone I talk to is bullish, and that makes me nervous,`, 'Arjun Mehta'),
  ]),

  passage('f41-tallis-memoir-34', ['non_quote_quotation_marks', 'no_quotes', 'titles', 'nicknames'], [
    `The former Tallis Motors chief executive Eleanor Vance is to publish a memoir, "Running on Empty", about the collapse of the carmaker, her publisher said on Tuesday.`,
    `The book, due in October, will cover the failed "Project Horizon" electric-vehicle programme and the boardroom battle that the tabloids dubbed "the Tallis Wars".`,
    `Vance's previous book, "Gears and Grit", spent six weeks on the business bestseller lists and was adapted into the podcast series "The Long Road Back".`,
  ], []),

  passage('f41-zoomba-riders-35', ['british_english', 'gig_economy', 'tribunal', 'quote_about_other', 'partial_quote', 'said_colon', 'unnamed_source', 'pronoun_speaker'], [
    `Couriers for the delivery app Zoomba are workers entitled to holiday pay and the minimum wage, an employment tribunal has ruled, in a decision that could affect about 30,000 riders.`,
    `Employment Judge Patricia Hallam said the company's claim that riders were independent contractors was "a fiction", noting that the app set their prices, controlled their routes and could deactivate them without appeal.`,
    `Kofi Mensah, a rider from Norbury Vale who was one of six claimants, said: "Judge Hallam saw what we see every day. We don't run our own businesses. The app runs us."`,
    `Zoomba said it would appeal. "This judgment does not reflect the flexibility that riders tell us they value," a spokeswoman said.`,
    `Sophie Adebayo-Clarke, a lawyer for the Independent Couriers Union, said the ruling vindicated riders who had "taken a huge risk" by putting their names to the claim. "It is a good day," she said.`,
  ], [
    q(`a fiction`, 'Patricia Hallam'),
    q(`Judge Hallam saw what we see every day. We don't run our own businesses. The app runs us.`, 'Kofi Mensah'),
    q(`This judgment does not reflect the flexibility that riders tell us they value,`, 'Zoomba spokeswoman (unnamed)'),
    q(`taken a huge risk`, 'Sophie Adebayo-Clarke'),
    q(`It is a good day,`, 'Sophie Adebayo-Clarke'),
  ]),

  passage('f41-motor-premiums-36', ['south_african_english', 'consumers', 'prices', 'said_colon', 'pronoun_speaker', 'role_reference'], [
    `Car insurance premiums have risen by as much as 22% this year, according to figures released by the Short-Term Insurance Ombud on Thursday, with drivers in Ntsikana Bay among the hardest hit.`,
    `Ombud Naledi Mthembu said complaints about premium increases had more than doubled. "Consumers are being told their premiums are going up, but they are not being told why," she said. "That is simply not acceptable."`,
    `The Insurance Underwriters' Forum blamed the increases on a surge in vehicle theft and the rising cost of spare parts. Its chief executive, Johan van der Merwe, said: "Claims costs have gone up faster than premiums for three years. Insurers cannot absorb that forever."`,
    `Ntsikana Bay resident Bongani Zulu said his premium had gone from R1,340 to R1,780 a month. "I have never claimed, not once in 11 years," he said. "And they punish me anyway."`,
  ], [
    q(`Consumers are being told their premiums are going up, but they are not being told why,`, 'Naledi Mthembu'),
    q(`That is simply not acceptable.`, 'Naledi Mthembu'),
    q(`Claims costs have gone up faster than premiums for three years. Insurers cannot absorb that forever.`, 'Johan van der Merwe'),
    q(`I have never claimed, not once in 11 years,`, 'Bongani Zulu'),
    q(`And they punish me anyway.`, 'Bongani Zulu'),
  ]),

  passage('f41-dukaansetu-37', ['indian_english', 'curly_quotes', 'startups', 'present_tense_says', 'quote_about_other', 'two_same_gender_speakers', 'long_appositive'], [
    `Kirana-tech startup DukaanSetu has raised $42 million in a Series B round led by Peacock Ridge Ventures, the company said on Tuesday, as investors bet on digitising the country’s millions of neighbourhood grocery stores.`,
    `“The kirana is not going anywhere. What is changing is how it buys, how it sells and how it gets credit,” said co-founder and chief executive Aditya Varma.`,
    `His co-founder, Rohan Iyer, who heads technology, said the funds would be used to expand into 40 more cities by next year.`,
    `Peacock Ridge partner Meera Subramanian, who joins the board, says she first met the founders at a kirana on the outskirts of Ravipur at 7 in the morning. “Aditya was behind the counter billing customers himself,” she says. “That told me everything I needed to know.”`,
    `Varma, for his part, says he still spends one day a week in a store. “If I stop doing that, I will start building for investors and not for shopkeepers,” he says.`,
  ], [
    q(`The kirana is not going anywhere. What is changing is how it buys, how it sells and how it gets credit,`, 'Aditya Varma'),
    q(`Aditya was behind the counter billing customers himself,`, 'Meera Subramanian'),
    q(`That told me everything I needed to know.`, 'Meera Subramanian'),
    q(`If I stop doing that, I will start building for investors and not for shopkeepers,`, 'Aditya Varma'),
  ]),

  passage('f41-hotel-walkout-38', ['us_wire', 'strike', 'union', 'group_speaker', 'translated', 'two_same_gender_speakers', 'unnamed_source', 'partial_quote'], [
    `HARBOR CITY, Calif. (AP) — Hundreds of housekeepers, cooks and bellhops walked off the job at four downtown hotels Saturday. Strikers beat drums and chanted "No contract, no peace!" outside the Grand Meridian as guests looked on.`,
    `Hotel Workers Local 88 says its members cannot afford to live in the city where they work. "Our members clean rooms that cost $400 a night, and then they drive two hours home because they can't pay rent here," said Local 88 President Teresa Navarro.`,
    `Housekeeper Marisol Reyes, 47, said through an interpreter that she works a second job on weekends. "I am tired," she said. "My children see me one day a week."`,
    `A spokesperson for the Harbor City Hotel Association, which bargains for the hotels, said the association had offered "the largest wage increase in the history of these contracts" and accused the union of walking away from the table.`,
  ], [
    q(`No contract, no peace!`, 'Strikers'),
    q(`Our members clean rooms that cost $400 a night, and then they drive two hours home because they can't pay rent here,`, 'Teresa Navarro'),
    q(`I am tired,`, 'Marisol Reyes'),
    q(`My children see me one day a week.`, 'Marisol Reyes'),
    q(`the largest wage increase in the history of these contracts`, 'Harbor City Hotel Association spokesperson (unnamed)'),
  ]),

  passage('f41-grocer-price-war-39', ['british_single_quotes', 'retail', 'prices', 'analysts', 'said_colon', 'partial_quote', 'organisation_speaker', 'phrase_between_quote_and_cue'], [
    `The price war between the big grocers intensified yesterday as Hallcroft's cut the cost of 500 staples, days after its rival ValuBasket promised to 'never be beaten' on the price of milk.`,
    `Hallcroft's chief executive, Simon Achterberg, said: 'Families are still feeling the squeeze. We want them to know we're on their side.'`,
    `'This is a battle for market share, pure and simple,' said retail analyst Fenella Drummond, of the consultancy Kerrigan Pope, speaking on the radio yesterday morning. 'The shopper wins in the short term. Suppliers, especially farmers, tend to pay in the end.'`,
    `The National Dairy Producers' Association said farmers were 'tired of being the ones who fund these price cuts'.`,
  ], [
    q(`never be beaten`, 'ValuBasket'),
    q(`Families are still feeling the squeeze. We want them to know we're on their side.`, 'Simon Achterberg'),
    q(`This is a battle for market share, pure and simple,`, 'Fenella Drummond'),
    q(`The shopper wins in the short term. Suppliers, especially farmers, tend to pay in the end.`, 'Fenella Drummond'),
    q(`tired of being the ones who fund these price cuts`, 'the National Dairy Producers\' Association'),
  ]),

  passage('f41-meridian-cruise-40', ['us_wire', 'earnings', 'according_to', 'long_appositive', 'partial_quote', 'analysts'], [
    `(Reuters) - Meridian Cruise Lines raised its full-year profit forecast on Tuesday, saying bookings for next year were running at record levels and prices were holding up despite worries about consumer spending.`,
    `"We have never been in a better booked position at this point in the year, and we are doing it at higher prices," Meridian's president and chief executive officer, Alessandro Conti, said in a statement.`,
    `Finance chief Jennifer Oyelaran told Reuters in an interview that onboard spending — on drinks, excursions and spa treatments — was up 7% from a year earlier. "People are saving on other things, but not on their vacation," she said.`,
    `According to a note from Stroud Capital analyst Benjamin Kwarteng, the forecast "looks conservative, given the booking curve," and he raised his price target on the stock.`,
    `The company's shares rose 6% in morning trading.`,
  ], [
    q(`We have never been in a better booked position at this point in the year, and we are doing it at higher prices,`, 'Alessandro Conti'),
    q(`People are saving on other things, but not on their vacation,`, 'Jennifer Oyelaran'),
    q(`looks conservative, given the booking curve,`, 'Benjamin Kwarteng'),
  ]),

  passage('f41-rent-freeze-41', ['australian_english', 'property', 'split_quote', 'role_reference', 'pronoun_speaker', 'two_same_gender_speakers', 'colon_cue'], [
    `Renters' advocates have called on the state government to freeze rents for two years after new figures showed median weekly rents in Carrawong rose 13 per cent in the past 12 months.`,
    `Tenants' Voice chief executive Leah Marangoni said the market was failing renters at every price point.`,
    `"We are hearing from nurses, from teachers, from people on good incomes who simply cannot find anything they can afford. When the middle of the market is in trouble," she said, "you know the bottom has already fallen out."`,
    `The Housing Minister, Rachel Oduya, ruled out a freeze, saying it would drive investors out of the market. "Every serious study of rent control tells us the same thing: in the long run, you get fewer rental homes, not more," the minister said.`,
    `Asked whether she had considered limits on how often rents could be raised, she said: "That is something we are actively looking at."`,
  ], [
    q(`We are hearing from nurses, from teachers, from people on good incomes who simply cannot find anything they can afford. When the middle of the market is in trouble,`, 'Leah Marangoni'),
    q(`you know the bottom has already fallen out.`, 'Leah Marangoni'),
    q(`Every serious study of rent control tells us the same thing: in the long run, you get fewer rental homes, not more,`, 'Rachel Oduya'),
    q(`That is something we are actively looking at.`, 'Rachel Oduya'),
  ]),

  passage('f41-nutty-buddy-42', ['non_quote_quotation_marks', 'small_business', 'british_english', 'present_tense_says', 'partial_quote', 'titles'], [
    `When Harriet Okafor pitched her vegan cheese brand, Nutty Buddy, on the television show "The Lion's Share" last spring, two of the investors laughed at the name.`,
    `"One of them said, and I'll never forget it, that it sounded like a dog treat," she says.`,
    `A year on, the brand is stocked in 300 branches of the supermarket Greenhalgh's, and Okafor has turned down an offer to buy the business. Investor Graham Tulloch, who did back her on the show, says she is "the most stubborn founder I have ever met, and I mean that as a compliment".`,
    `Okafor's next product, a smoked cashew spread to be sold as "Fire Starter", goes on sale in June. "I kept the silly names," she says. "People remember them."`,
  ], [
    q(`One of them said, and I'll never forget it, that it sounded like a dog treat,`, 'Harriet Okafor'),
    q(`the most stubborn founder I have ever met, and I mean that as a compliment`, 'Graham Tulloch'),
    q(`I kept the silly names,`, 'Harriet Okafor'),
    q(`People remember them.`, 'Harriet Okafor'),
  ]),

  passage('f41-silicon-six-43', ['non_quote_quotation_marks', 'no_quotes', 'markets', 'nicknames'], [
    `Shares in the group of chipmakers that traders call the "Silicon Six" fell for a fourth straight session on Friday, dragging the technology-heavy benchmark to its worst week since March.`,
    `Outflows were heaviest from the Arbour "Future Tech Leaders" fund, which has lost almost a fifth of its assets since the start of the year.`,
    `The sell-off has revived talk of a "bubble" in the sector, though valuations remain below their peaks of two years ago.`,
  ], []),
];
