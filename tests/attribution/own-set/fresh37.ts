// The own set's thirty-eighth part ("fresh 37"): written by a second author during the nineteenth session, without reading the engine's rules, its tests or any other part's passages, so it is measured on text its author never saw. It covers technology, media and consumer news (launches, breaches, lawsuits, earnings calls, social posts, podcasts). Measured only. Same gold conventions as passages.ts. People, places and organisations are made up.
import type { GoldItem } from '../dev-metrics';
import { passage, q } from './passages';

export const ownSetFresh37: GoldItem[] = [
  passage('f37-launch-01', ['us_wire', 'straight_quotes', 'long_appositive', 'partial_quote', 'pronoun_speaker'], [
    `SAN FRANCISCO — Hollin Systems on Tuesday unveiled a folding tablet it says will last a full workday on one charge, a bet that shoppers tired of carrying two devices will pay a premium for one.`,
    `"We think people are done choosing between a phone and a laptop," said Marisol Tedeschi, the company's senior vice president for devices and a former engineer at a rival chipmaker. "This is the first product we've built where that choice goes away."`,
    `The device, which starts at $1,799, goes on sale in the United States and Canada next month. Analysts were cautious.`,
    `"The hinge is the story, and hinges have a way of failing in the second year," said Dev Pandit, an analyst at Corliss Research who covers consumer hardware. He said early units he had handled felt "solid but heavy."`,
  ], [
    q(`We think people are done choosing between a phone and a laptop,`, 'Marisol Tedeschi'),
    q(`This is the first product we've built where that choice goes away.`, 'Marisol Tedeschi'),
    q(`The hinge is the story, and hinges have a way of failing in the second year,`, 'Dev Pandit'),
    q(`solid but heavy.`, 'Dev Pandit'),
  ]),

  passage('f37-breach-02', ['british_single_quotes', 'colon_cue', 'organisation_speaker', 'pronoun_speaker', 'age_after_name'], [
    `A data breach at the online pharmacy Greenlow has exposed the names, addresses and prescription histories of as many as 400,000 customers, the company confirmed on Thursday.`,
    `In a statement, Greenlow said: 'We are deeply sorry. We have contacted every affected customer and are working with the data protection regulator.'`,
    `The company's chief executive, Rupert Ashdown, said the attack had been detected within hours. 'The moment we saw unusual traffic we shut the systems down,' he said. 'It was not fast enough, and I accept that.'`,
    `Caroline Hebden, 54, from Leicester, who received a letter from the firm, said: 'My medication is nobody's business. I feel sick about it.'`,
  ], [
    q(`We are deeply sorry. We have contacted every affected customer and are working with the data protection regulator.`, 'Greenlow'),
    q(`The moment we saw unusual traffic we shut the systems down,`, 'Rupert Ashdown'),
    q(`It was not fast enough, and I accept that.`, 'Rupert Ashdown'),
    q(`My medication is nobody's business. I feel sick about it.`, 'Caroline Hebden'),
  ]),

  passage('f37-lawsuit-03', ['us_newspaper', 'document_speaker', 'partial_quote', 'quote_about_other', 'pronoun_speaker'], [
    `A group of parents in Ohio sued the video-sharing app Flickerbox on Monday, accusing the company of designing features that keep children scrolling late into the night.`,
    `The complaint, filed in federal court in Columbus, says the app's autoplay feature was "engineered to defeat the judgment of a twelve-year-old" and that company executives "knew and did not care."`,
    `Flickerbox's general counsel, Anton Reyes, called the suit "meritless" in an emailed statement. "We have built more parental controls than any platform our size," Reyes said.`,
    `One of the plaintiffs, Tamsin Orr, said her son had stopped sleeping. "Jacob used to be the kid who read under the covers," she said. "Now it's the phone, until two in the morning."`,
  ], [
    q(`engineered to defeat the judgment of a twelve-year-old`, 'the complaint'),
    q(`knew and did not care.`, 'the complaint'),
    q(`meritless`, 'Anton Reyes'),
    q(`We have built more parental controls than any platform our size,`, 'Anton Reyes'),
    q(`Jacob used to be the kid who read under the covers,`, 'Tamsin Orr'),
    q(`Now it's the phone, until two in the morning.`, 'Tamsin Orr'),
  ]),

  passage('f37-earnings-04', ['earnings_call', 'analyst_note', 'organisation_speaker', 'split_quote', 'pronoun_speaker', 'partial_quote'], [
    `Kestrel Cloud shares fell 9 percent in after-hours trading Wednesday after the company cut its full-year forecast, citing slower spending by large customers.`,
    `"We are seeing deals take longer to close, not deals disappearing," Chief Executive Priya Venkataraman told analysts on a conference call. "The pipeline is the healthiest it has been."`,
    `Chief Financial Officer Gregory Lusk was more guarded. Asked whether the slowdown could spread to smaller customers, he said, "We are not assuming it won't."`,
    `In a note to clients, analysts at Brightwater Securities wrote that the guidance cut was "the first real crack" in the company's growth story.`,
    `"Management has earned some benefit of the doubt," the Brightwater analysts wrote, "but not unlimited benefit."`,
  ], [
    q(`We are seeing deals take longer to close, not deals disappearing,`, 'Priya Venkataraman'),
    q(`The pipeline is the healthiest it has been.`, 'Priya Venkataraman'),
    q(`We are not assuming it won't.`, 'Gregory Lusk'),
    q(`the first real crack`, 'Brightwater Securities'),
    q(`Management has earned some benefit of the doubt,`, 'Brightwater Securities'),
    q(`but not unlimited benefit.`, 'Brightwater Securities'),
  ]),

  passage('f37-outage-05', ['australian', 'straight_quotes', 'social_media_post', 'unnamed_source', 'pronoun_speaker'], [
    `Millions of Australians were left without mobile data for more than seven hours on Friday after a fault in the core network of telco Southcross, the second major outage in a year.`,
    `Customers vented on social media. "No EFTPOS, no maps, no way to call the kids' school. Brilliant work, Southcross," one user in Brisbane posted.`,
    `Southcross chief executive Fiona McAlister apologised at a press conference in Melbourne on Friday afternoon. "It's not good enough and I'm not going to stand here and pretend it is," she said.`,
    `Communications Minister Jodie Farrant said the government would demand a full report. "Australians rely on these networks for triple zero calls," Ms Farrant said. "That makes this more than an inconvenience."`,
  ], [
    q(`No EFTPOS, no maps, no way to call the kids' school. Brilliant work, Southcross,`, 'user (unnamed)'),
    q(`It's not good enough and I'm not going to stand here and pretend it is,`, 'Fiona McAlister'),
    q(`Australians rely on these networks for triple zero calls,`, 'Jodie Farrant'),
    q(`That makes this more than an inconvenience.`, 'Jodie Farrant'),
  ]),

  passage('f37-podcast-06', ['podcast', 'transcript', 'labelled_turns', 'non_quote_quotation_marks'], [
    `On the latest episode of the "Margin Call" podcast, host Dana Whitlock pressed the founder of the budgeting app Tallyho, Ezra Mbeki, about the company's decision to sell anonymised spending data to retailers.`,
    `WHITLOCK: "Your users signed up to save money. Did any of them sign up to be a data product?"`,
    `MBEKI: "Nobody's name, nobody's account number, ever leaves our servers. What leaves is patterns."`,
    `WHITLOCK: "Patterns of people."`,
    `MBEKI: "Patterns of people who said yes in the settings. I'd defend that on any stage."`,
  ], [
    q(`Your users signed up to save money. Did any of them sign up to be a data product?`, 'Dana Whitlock'),
    q(`Nobody's name, nobody's account number, ever leaves our servers. What leaves is patterns.`, 'Ezra Mbeki'),
    q(`Patterns of people.`, 'Dana Whitlock'),
    q(`Patterns of people who said yes in the settings. I'd defend that on any stage.`, 'Ezra Mbeki'),
  ]),

  passage('f37-regulator-07', ['irish', 'organisation_speaker', 'partial_quote', 'unnamed_spokesperson', 'pronoun_speaker'], [
    `The State's data regulator has fined the social network Chatterly €42 million over the way it handled the personal data of teenage users, in one of the largest penalties issued from Dublin this year.`,
    `The Data Rights Office said in its decision that Chatterly had set the profiles of users aged 13 to 17 to public by default, a practice it described as "incompatible with the most basic idea of protection by design".`,
    `Commissioner Aoife Brennan-Keogh said the decision sent "a clear message" to companies headquartered in Ireland. "Being based here is not a discount on the law," she said.`,
    `Chatterly said it would appeal. A spokeswoman said the company "fundamentally disagrees" with the size of the fine and had changed its default settings two years ago.`,
  ], [
    q(`incompatible with the most basic idea of protection by design`, 'Data Rights Office'),
    q(`a clear message`, 'Aoife Brennan-Keogh'),
    q(`Being based here is not a discount on the law,`, 'Aoife Brennan-Keogh'),
    q(`fundamentally disagrees`, 'Chatterly spokesperson (unnamed)'),
  ]),

  passage('f37-streaming-08', ['non_quote_quotation_marks', 'no_quotes', 'media', 'titles'], [
    `The streaming service Bluemark will release all eight episodes of "The Quiet Hours", its first scripted drama made in Kenya, on the same day next month, the company announced.`,
    `The series follows a Nairobi radio host who broadcasts through the night. It was filmed over 11 weeks last year and features a soundtrack by the group known as "Sauti Saba".`,
    `Bluemark's so-called "local first" strategy, under which at least a third of new commissions must come from outside North America, has been credited with lifting subscriber numbers in East Africa.`,
    `The company's annual results, published under the title "Stories Without Borders", showed revenue in the region up 31 percent.`,
  ], []),

  passage('f37-funding-09', ['indian', 'according_to', 'unnamed_source', 'partial_quote', 'speaker_after_long_quote', 'long_appositive'], [
    `Bengaluru-based logistics start-up Dabbawala Digital has raised $60 million in a Series C round led by Meridian Growth Partners, the company said on Wednesday, days after laying off nearly 200 employees.`,
    `"The layoffs and the fundraise are part of the same plan. We are becoming a leaner company that can grow without burning cash," co-founder and chief executive Rohan Deshmukh told reporters.`,
    `Meridian's managing director for South Asia, Kavitha Sundaram, said the firm had tracked the company for three years. According to her, Dabbawala's unit economics turned positive "in the last two quarters, which is rare in this space".`,
    `A former employee, who did not wish to be named, said staff were informed of the job cuts on a fifteen-minute video call. "Nobody asked any questions because nobody was allowed to unmute," the employee said.`,
  ], [
    q(`The layoffs and the fundraise are part of the same plan. We are becoming a leaner company that can grow without burning cash,`, 'Rohan Deshmukh'),
    q(`in the last two quarters, which is rare in this space`, 'Kavitha Sundaram'),
    q(`Nobody asked any questions because nobody was allowed to unmute,`, 'former employee (unnamed)'),
  ]),

  passage('f37-tv-interview-10', ['tv_interview', 'transcript', 'labelled_turns', 'role_label', 'curly_quotes', 'non_quote_quotation_marks'], [
    `In an interview broadcast Sunday on the public affairs program “Capitol Week,” host Leonard Gaskill asked Senator Ruth Okafor, who chairs the Senate subcommittee on consumer protection, about her bill to require age checks on app stores.`,
    `HOST: “Critics say your bill would force every adult to hand over ID to download a weather app.”`,
    `OKAFOR: “That’s simply not what the text says. The check happens once, at the device level, and the data never leaves the phone.”`,
    `HOST: “And if the companies say that can’t be built?”`,
    `OKAFOR: “Then they should explain why they built it for payments.”`,
  ], [
    q(`Critics say your bill would force every adult to hand over ID to download a weather app.`, 'Leonard Gaskill'),
    q(`That’s simply not what the text says. The check happens once, at the device level, and the data never leaves the phone.`, 'Ruth Okafor'),
    q(`And if the companies say that can’t be built?`, 'Leonard Gaskill'),
    q(`Then they should explain why they built it for payments.`, 'Ruth Okafor'),
  ]),

  passage('f37-consumer-11', ['british_local', 'british_single_quotes', 'colon_cue', 'relative', 'age_after_name', 'quote_about_other', 'unnamed_spokesperson'], [
    `A pensioner from Swindon says she was left without heating for nine days after her smart thermostat stopped working following a software update.`,
    `Margaret Pyle, 78, of Elmhurst Road, said: 'I rang them every single day. Every day it was a different person and a different excuse.'`,
    `Her daughter, Sarah Pyle, 49, said her mother had been wearing her coat indoors. 'She wouldn't tell me at first because she didn't want to be a bother,' she said. 'That's the generation.'`,
    `A spokesman for Thermaline, which makes the device, said: 'We're sorry for the distress caused to Mrs Pyle. A fix was issued within 48 hours, but a small number of units needed an engineer visit.'`,
  ], [
    q(`I rang them every single day. Every day it was a different person and a different excuse.`, 'Margaret Pyle'),
    q(`She wouldn't tell me at first because she didn't want to be a bother,`, 'Sarah Pyle'),
    q(`That's the generation.`, 'Sarah Pyle'),
    q(`We're sorry for the distress caused to Mrs Pyle. A fix was issued within 48 hours, but a small number of units needed an engineer visit.`, 'Thermaline spokesperson (unnamed)'),
  ]),

  passage('f37-ai-feature-12', ['present_tense_says', 'feature', 'long_appositive', 'partial_quote', 'document_speaker'], [
    `Lena Farouk keeps a spreadsheet of every time a chatbot has invented a court case. There are 212 rows so far.`,
    `"People think hallucination is a bug that's about to be fixed," says Farouk, a 38-year-old law librarian in Minneapolis who has become an unlikely voice in the debate over AI in courtrooms. "It's a property of the thing."`,
    `Her spreadsheet has been cited by two judges. One of them, Judge Harold Becker of the Fourth District, wrote in an order last spring that lawyers who file AI-generated briefs without checking them "do so at their peril."`,
    `Farouk says she doesn't oppose the tools. "I use them every day," she says. "I just read what they give me, which is apparently a radical act."`,
  ], [
    q(`People think hallucination is a bug that's about to be fixed,`, 'Lena Farouk'),
    q(`It's a property of the thing.`, 'Lena Farouk'),
    q(`do so at their peril.`, 'Harold Becker'),
    q(`I use them every day,`, 'Lena Farouk'),
    q(`I just read what they give me, which is apparently a radical act.`, 'Lena Farouk'),
  ]),

  passage('f37-telecom-13', ['canadian', 'organisation_speaker', 'partial_quote', 'long_appositive', 'pronoun_speaker'], [
    `OTTAWA — The country's telecom regulator says it will force the three largest wireless carriers to open their networks to smaller rivals, a move the industry warned would chill investment.`,
    `"Canadians pay some of the highest wireless bills in the world, and that has been true for too long," said Nathalie Bergeron, chair of the Canadian Telecommunications Board, at a news conference Tuesday.`,
    `Maplewave Communications, the largest carrier, called the decision "regulatory overreach" in a statement and said it would "review all options, including an appeal."`,
    `Consumer advocate Jean-Paul Tremblay of the group Fair Bills Canada welcomed the ruling but said it came late. "It's a good decision five years after it would have mattered most," he said.`,
  ], [
    q(`Canadians pay some of the highest wireless bills in the world, and that has been true for too long,`, 'Nathalie Bergeron'),
    q(`regulatory overreach`, 'Maplewave Communications'),
    q(`review all options, including an appeal.`, 'Maplewave Communications'),
    q(`It's a good decision five years after it would have mattered most,`, 'Jean-Paul Tremblay'),
  ]),

  passage('f37-cofounders-14', ['same_gender_alternation', 'quote_about_other', 'pronoun_speaker', 'court', 'partial_quote'], [
    `The courtroom fight between two former co-founders of the robotics company Stackwise turned personal on Thursday, as each accused the other of rewriting history.`,
    `"He wasn't in the room when the gripper was designed. He was at a conference in Lisbon," testified Colin Marsh, who left the company in 2021 and now runs a competitor.`,
    `His former partner, Stackwise chief executive Julian Ferro, listened from the front row and later told reporters outside the courthouse that Marsh's account was "fiction with a patent number."`,
    `"I have the emails," Ferro said. "Colin knows I have the emails."`,
    `Marsh, asked about that remark as he left, shrugged. "Then he should show them," he said.`,
  ], [
    q(`He wasn't in the room when the gripper was designed. He was at a conference in Lisbon,`, 'Colin Marsh'),
    q(`fiction with a patent number.`, 'Julian Ferro'),
    q(`I have the emails,`, 'Julian Ferro'),
    q(`Colin knows I have the emails.`, 'Julian Ferro'),
    q(`Then he should show them,`, 'Colin Marsh'),
  ]),

  passage('f37-exposure-15', ['new_zealand', 'curly_quotes', 'quote_about_other', 'unnamed_spokesperson', 'partial_quote'], [
    `Auckland-based online retailer Pukeko Market has apologised after a misconfigured database left the order details of about 90,000 customers exposed on the internet for at least six weeks.`,
    `The exposure was found by independent security researcher Hemi Walker, who said he alerted the company three times before receiving a reply. “The first two emails just disappeared into the void,” Walker said.`,
    `Pukeko Market managing director Sophie Tane said the company’s processes had failed. “We should have picked up Hemi’s first email. We didn’t, and that’s on us,” she said.`,
    `A spokesperson for the Office of the Privacy Advocate said it was “making inquiries” and expected the company to notify every affected customer.`,
  ], [
    q(`The first two emails just disappeared into the void,`, 'Hemi Walker'),
    q(`We should have picked up Hemi’s first email. We didn’t, and that’s on us,`, 'Sophie Tane'),
    q(`making inquiries`, 'Office of the Privacy Advocate spokesperson (unnamed)'),
  ]),

  passage('f37-payments-16', ['south_african', 'curly_quotes', 'colon_cue', 'age_after_name', 'partial_quote', 'organisation_speaker'], [
    `JOHANNESBURG – Thousands of users of the mobile payments app Zapa were unable to send or receive money for most of Monday, with the company blaming a “third-party hosting failure”.`,
    `Zapa chief operating officer Thandiwe Nkosi told the Daily Sentinel: “We understand that for many of our customers this is not a convenience, it is how they get paid. We will compensate every merchant who lost sales.”`,
    `Spaza shop owner Sipho Mahlangu, 41, of Soweto, said he had turned away customers all afternoon. “People come with no cash because they trust the app. Today I had to say sorry, sorry, sorry,” he said.`,
    `Consumer rights activist Lerato Dube said the outage showed the need for stronger rules. “When a bank goes down, the regulator asks questions. When an app goes down, who asks?” she said.`,
  ], [
    q(`third-party hosting failure`, 'Zapa'),
    q(`We understand that for many of our customers this is not a convenience, it is how they get paid. We will compensate every merchant who lost sales.`, 'Thandiwe Nkosi'),
    q(`People come with no cash because they trust the app. Today I had to say sorry, sorry, sorry,`, 'Sipho Mahlangu'),
    q(`When a bank goes down, the regulator asks questions. When an app goes down, who asks?`, 'Lerato Dube'),
  ]),

  passage('f37-drivers-17', ['kenyan', 'crowd_speaker', 'long_appositive', 'partial_quote', 'speaker_after_long_quote'], [
    `NAIROBI, Kenya — Ride-hailing drivers in Nairobi have switched off their apps for a third day, protesting a commission increase by the platform Safiri that they say has left them working at a loss.`,
    `"We are not against Safiri. We are against working fourteen hours and going home with nothing," said Peter Kamau Njoroge, chairman of the Digital Drivers Association, who addressed hundreds of drivers at Uhuru Park on Wednesday.`,
    `The drivers chanted "Punguza! Punguza!" — Reduce! Reduce! — as they marched towards the offices of the ICT regulator.`,
    `Safiri's general manager for East Africa, Wanjiru Otieno, said the new commission of 25 per cent was in line with the market. "Our costs have risen too, from fuel to insurance to servers," Ms Otieno said in a statement.`,
    `ICT Cabinet Secretary Joseph Mwangi Kiprop said the ministry would bring the two sides together for talks "within the week".`,
  ], [
    q(`We are not against Safiri. We are against working fourteen hours and going home with nothing,`, 'Peter Kamau Njoroge'),
    q(`Punguza! Punguza!`, 'Drivers'),
    q(`Our costs have risen too, from fuel to insurance to servers,`, 'Wanjiru Otieno'),
    q(`within the week`, 'Joseph Mwangi Kiprop'),
  ]),

  passage('f37-scams-18', ['singaporean', 'colon_cue', 'age_after_name', 'partial_quote', 'long_appositive', 'pronoun_speaker'], [
    `SINGAPORE — Victims of online shopping scams in Singapore lost more than $48 million in the first half of the year, with many of the fake listings appearing on social media marketplaces, the police said on Tuesday.`,
    `"Scammers go where the buyers are, and the buyers are scrolling," said Assistant Commissioner Tan Wei Ling, director of the police's Commercial Fraud Division.`,
    `Minister of State for Digital Affairs Mohamed Faizal Rahim said platforms would soon be required to verify sellers. Speaking at a community event in Jurong, he said: "If you can verify a driver, you can verify a seller. The technology exists."`,
    `Retiree Lim Boon Huat, 67, who lost $3,200 on a fake listing for a massage chair, said he had seen the advertisement "many, many times" before he clicked on it. "I thought, so many times, must be real," he said.`,
  ], [
    q(`Scammers go where the buyers are, and the buyers are scrolling,`, 'Tan Wei Ling'),
    q(`If you can verify a driver, you can verify a seller. The technology exists.`, 'Mohamed Faizal Rahim'),
    q(`many, many times`, 'Lim Boon Huat'),
    q(`I thought, so many times, must be real,`, 'Lim Boon Huat'),
  ]),

  passage('f37-shutdown-19', ['us_newspaper', 'continuation', 'multi_paragraph_quote', 'quote_only_paragraph', 'quote_only_paragraph_new_speaker', 'speaker_named_later'], [
    `In a letter to employees on Monday, Parcelwise founder Brandon Ekwueme announced that the delivery start-up would shut down at the end of the month after failing to raise new funding.`,
    `"I want to be honest with you about how we got here," Ekwueme wrote. "We grew faster than our systems could carry, and when the market turned, we had no cushion.`,
    `"Every one of you will receive three months' pay. That is the least I can do, and it is also the most I can do."`,
    `"It's a decent package by start-up standards, but it doesn't erase the fact that people found out from a reporter first." That was the verdict of Kristen Alvarado, a former Parcelwise operations manager, who said she learned of the closure from a news alert.`,
  ], [
    q(`I want to be honest with you about how we got here,`, 'Brandon Ekwueme'),
    q(`We grew faster than our systems could carry, and when the market turned, we had no cushion.`, 'Brandon Ekwueme'),
    q(`Every one of you will receive three months' pay. That is the least I can do, and it is also the most I can do.`, 'Brandon Ekwueme'),
    q(`It's a decent package by start-up standards, but it doesn't erase the fact that people found out from a reporter first.`, 'Kristen Alvarado'),
  ]),

  passage('f37-report-20', ['non_quote_quotation_marks', 'document_speaker', 'colon_cue', 'report_title', 'operation_name'], [
    `An investigation by a coalition of state attorneys general into subscription traps found that 61 percent of the apps tested made it harder to cancel than to sign up.`,
    `The report, "Dark by Design: How Apps Keep You Paying," names 14 companies, including two of the country's largest dating services.`,
    `"There is a special circle reserved for the cancel button hidden behind five menus," said New Mexico Attorney General Miriam Castellanos, who led the effort.`,
    `The investigation, which the attorneys general nicknamed "Operation Exit Door," involved investigators signing up for and then attempting to cancel 300 subscriptions.`,
    `The report itself is blunt: "Friction is not an accident. It is a business model."`,
  ], [
    q(`There is a special circle reserved for the cancel button hidden behind five menus,`, 'Miriam Castellanos'),
    q(`Friction is not an accident. It is a business model.`, 'the report'),
  ]),

  passage('f37-ransomware-21', ['pronoun_speaker', 'role_reference', 'same_gender_intervening', 'us_newspaper'], [
    `The ransomware gang that crippled appointment systems at 40 clinics had been inside the network of software supplier Medicore for at least eleven days before anyone noticed, the company's head of security, Daniel Okonjo, said Friday.`,
    `"They were patient. They mapped everything before they touched anything," he told reporters on a call.`,
    `One of the affected clinics is run by Dr. Samuel Reyes-Whitfield in Tucson, whose staff went back to paper charts for a week. "Our nurses were heroes," Reyes-Whitfield said.`,
    `On the call, the Medicore security chief would not say whether the company had been asked for a ransom, but he was emphatic that none had been paid. "We will not fund the next attack," he said.`,
  ], [
    q(`They were patient. They mapped everything before they touched anything,`, 'Daniel Okonjo'),
    q(`Our nurses were heroes,`, 'Samuel Reyes-Whitfield'),
    q(`We will not fund the next attack,`, 'Daniel Okonjo'),
  ]),

  passage('f37-streaming-prices-22', ['british_broadsheet', 'british_single_quotes', 'colon_cue', 'split_quote', 'organisation_speaker', 'partial_quote', 'long_appositive'], [
    `Streaming subscribers face their third price rise in 18 months after Vantage+ said it would increase the cost of its ad-free tier by £2 a month from April.`,
    `The company said in a statement that the rise would 'allow us to keep investing in the British productions our members love'.`,
    `Gwen Hartley-Rhys, the Labour MP who sits on the culture select committee and has campaigned on household bills, said: 'Families are being squeezed from every direction. Now the sofa is costing them more too.'`,
    `'People will put up with a lot,' said Oliver Banerjee, a media analyst at Hawksmoor Partners, 'but three rises in a year and a half starts to look like a habit rather than a necessity.'`,
  ], [
    q(`allow us to keep investing in the British productions our members love`, 'Vantage+'),
    q(`Families are being squeezed from every direction. Now the sofa is costing them more too.`, 'Gwen Hartley-Rhys'),
    q(`People will put up with a lot,`, 'Oliver Banerjee'),
    q(`but three rises in a year and a half starts to look like a habit rather than a necessity.`, 'Oliver Banerjee'),
  ]),

  passage('f37-smart-ring-23', ['social_media_post', 'colon_cue', 'pronoun_speaker', 'us_newspaper'], [
    `The chief executive of the smart-ring maker Orbis, Kyle Danforth, apologised on Saturday for a social media post in which he appeared to mock customers who had complained about battery swelling.`,
    `"If your ring is swelling, maybe stop wearing it in the sauna," Danforth wrote in the post, which was deleted after several hours.`,
    `On Saturday he posted again: "My post yesterday was flippant and wrong. Safety is not a joke and I'm sorry."`,
    `One of the customers who had complained, Bethany Coles, a teacher in Denver, had shared a photo of a blistered finger. "It burned my finger. I wasn't in a sauna, I was at my desk," Coles wrote in reply.`,
  ], [
    q(`If your ring is swelling, maybe stop wearing it in the sauna,`, 'Kyle Danforth'),
    q(`My post yesterday was flippant and wrong. Safety is not a joke and I'm sorry.`, 'Kyle Danforth'),
    q(`It burned my finger. I wasn't in a sauna, I was at my desk,`, 'Bethany Coles'),
  ]),

  passage('f37-advert-24', ['british_single_quotes', 'non_quote_quotation_marks', 'scare_quotes', 'document_speaker', 'organisation_speaker', 'colon_cue', 'partial_quote'], [
    `The advertising watchdog has banned a television campaign for a 'smart' toothbrush after ruling that its claims about artificial intelligence could not be backed up.`,
    `The advert for the Brightbrush Pro, which ran during breaks in the baking show 'Dough Dynasty', said the brush used AI to 'learn your unique brushing style'.`,
    `In its ruling, the Advertising Conduct Authority said: 'We did not see evidence that the product adapted its behaviour in any meaningful way. The term AI was likely to be understood by viewers as more than a timer.'`,
    `Brightbrush said it was 'disappointed' by the decision and that the brush's sensors had been independently tested.`,
  ], [
    q(`learn your unique brushing style`, 'the advert'),
    q(`We did not see evidence that the product adapted its behaviour in any meaningful way. The term AI was likely to be understood by viewers as more than a timer.`, 'Advertising Conduct Authority'),
    q(`disappointed`, 'Brightbrush'),
  ]),

  passage('f37-antitrust-25', ['us_wire', 'unnamed_source', 'according_to', 'partial_quote'], [
    `WASHINGTON — Federal antitrust officials are preparing to challenge the $14 billion takeover of the ad-tech firm Bidlane by search company Quarry, according to two people familiar with the matter.`,
    `"The staff recommendation is to sue, and the front office is not pushing back," said one of the people, who spoke on condition of anonymity because the deliberations are confidential.`,
    `A second person said the agency was concerned that the deal would give Quarry "both ends of the auction."`,
    `Quarry spokesperson Helen Marchetti said the company had "answered every question the agency has asked" and believed the deal would lower prices for advertisers. Bidlane declined to comment.`,
  ], [
    q(`The staff recommendation is to sue, and the front office is not pushing back,`, 'person familiar with the matter (unnamed)'),
    q(`both ends of the auction.`, 'second person familiar with the matter (unnamed)'),
    q(`answered every question the agency has asked`, 'Helen Marchetti'),
  ]),

  passage('f37-earnings-transcript-26', ['transcript', 'earnings_call', 'labelled_turns', 'colon_cue'], [
    `Excerpts from Thursday's earnings call of the headphone maker Audiora, as transcribed by the company:`,
    `MEERA JOSHI, HALCYON CAPITAL: "Tariffs came up three times in your prepared remarks. How much of the margin drop is tariffs and how much is discounting?"`,
    `CHIEF EXECUTIVE TOMAS LINDQVIST: "I'd say two thirds tariffs, one third promotion. And the promotion was a choice."`,
    `JOSHI: "A choice you'd make again?"`,
    `LINDQVIST: "In that quarter, yes. We bought market share at a price we thought was fair."`,
    `CHIEF FINANCIAL OFFICER ANIKA ROSS: "I'd only add that the promotional period has ended."`,
  ], [
    q(`Tariffs came up three times in your prepared remarks. How much of the margin drop is tariffs and how much is discounting?`, 'Meera Joshi'),
    q(`I'd say two thirds tariffs, one third promotion. And the promotion was a choice.`, 'Tomas Lindqvist'),
    q(`A choice you'd make again?`, 'Meera Joshi'),
    q(`In that quarter, yes. We bought market share at a price we thought was fair.`, 'Tomas Lindqvist'),
    q(`I'd only add that the promotional period has ended.`, 'Anika Ross'),
  ]),

  passage('f37-broadband-27', ['british_local', 'british_single_quotes', 'colon_cue', 'age_after_name', 'unnamed_spokesperson', 'pronoun_speaker'], [
    `Residents in the village of Lower Fenwick have been told they will wait another two years for full-fibre broadband, despite being promised it by last summer.`,
    `Parish council chairman Geoffrey Toller said: 'We have had three dates and three delays. People here run businesses from their kitchens and they're stuck on speeds from 2009.'`,
    `Jess Whitcombe, 36, who works from home as a graphic designer, said she drives to a cafe in the next town to upload files. 'I spend more on flat whites than on my broadband,' she laughed.`,
    `A spokesperson for Openline, the network builder, said: 'Lower Fenwick remains in our plans. Unforeseen engineering challenges, including the need for new poles along Mill Lane, have caused delays.'`,
  ], [
    q(`We have had three dates and three delays. People here run businesses from their kitchens and they're stuck on speeds from 2009.`, 'Geoffrey Toller'),
    q(`I spend more on flat whites than on my broadband,`, 'Jess Whitcombe'),
    q(`Lower Fenwick remains in our plans. Unforeseen engineering challenges, including the need for new poles along Mill Lane, have caused delays.`, 'Openline spokesperson (unnamed)'),
  ]),

  passage('f37-panel-28', ['same_gender_alternation', 'pronoun_speaker', 'long_appositive', 'media'], [
    `At a panel on artificial intelligence and journalism at the Northgate Media Summit on Wednesday, two editors disagreed sharply about whether newsrooms should use AI to write articles.`,
    `"If a machine writes the first draft of a council meeting story and a reporter checks it, I don't see the scandal," said Nadia Osei, the editor of the Harbourside Gazette.`,
    `"The scandal is that the reporter stops going to the council meeting," replied Claire Lindgren, managing editor of the Valley Ledger.`,
    `Osei said that was a staffing problem, not a technology problem. "You're blaming the tool for the budget," she said.`,
    `Lindgren was unmoved. "The tool is the budget now," she said. "That's exactly my point."`,
  ], [
    q(`If a machine writes the first draft of a council meeting story and a reporter checks it, I don't see the scandal,`, 'Nadia Osei'),
    q(`The scandal is that the reporter stops going to the council meeting,`, 'Claire Lindgren'),
    q(`You're blaming the tool for the budget,`, 'Nadia Osei'),
    q(`The tool is the budget now,`, 'Claire Lindgren'),
    q(`That's exactly my point.`, 'Claire Lindgren'),
  ]),

  passage('f37-memoir-29', ['non_quote_quotation_marks', 'book_title', 'partial_quote', 'phrase_between_quote_and_cue', 'quote_about_other'], [
    `In his new memoir, "Ship It Broken," the former Zephyr Labs chief executive Marcus Oyelaran describes the night in 2016 when the company's flagship app crashed during a live demo on national television.`,
    `"I remember thinking, this is it, this is the end of the company," Oyelaran said in an interview this week. "And then the downloads tripled."`,
    `The book, which follows his 2019 essay collection "Notes From the Server Room," has already drawn criticism from former employees. A former engineer, Grace Whitfield, said the account left out "about forty people who were awake all night fixing it."`,
    `Oyelaran said he "probably deserved that."`,
  ], [
    q(`I remember thinking, this is it, this is the end of the company,`, 'Marcus Oyelaran'),
    q(`And then the downloads tripled.`, 'Marcus Oyelaran'),
    q(`about forty people who were awake all night fixing it.`, 'Grace Whitfield'),
    q(`probably deserved that.`, 'Marcus Oyelaran'),
  ]),

  passage('f37-fitness-30', ['organisation_speaker', 'document_speaker', 'lawsuit', 'straight_quotes'], [
    `Fitloop said late Tuesday that hackers had accessed the location histories of some users, including running routes that could reveal where they live.`,
    `"We take the privacy of our community extremely seriously," the company said in a statement posted to its website. "At this time we have no evidence that payment information was accessed."`,
    `Hours later, Illinois Attorney General Dwayne Porter filed suit. The lawsuit accuses the company of storing the data "long after any legitimate purpose had expired."`,
    `"A running route that starts and ends at the same front door every morning is a home address," Porter said. "Fitloop knew that."`,
  ], [
    q(`We take the privacy of our community extremely seriously,`, 'Fitloop'),
    q(`At this time we have no evidence that payment information was accessed.`, 'Fitloop'),
    q(`long after any legitimate purpose had expired.`, 'the lawsuit'),
    q(`A running route that starts and ends at the same front door every morning is a home address,`, 'Dwayne Porter'),
    q(`Fitloop knew that.`, 'Dwayne Porter'),
  ]),

  passage('f37-lifetime-31', ['phrase_between_quote_and_cue', 'non_quote_quotation_marks', 'scare_quotes', 'unnamed_spokesperson', 'age_after_name', 'long_appositive'], [
    `Users of the meditation app Stillpoint who paid $299 for a "lifetime" subscription were told this week that their plans would end in December, prompting a wave of refund requests.`,
    `"Lifetime meant the lifetime of the product as it existed at the time of purchase," the company's head of customer experience, Rachel Amundsen, wrote in an email to subscribers that was shared widely online on Wednesday.`,
    `"That is not what lifetime means, and they know it," said Oscar Delacroix, a 52-year-old subscriber from Portland, Oregon, who has filed a complaint with his state's consumer protection office.`,
    `"We are looking at each case individually," a Stillpoint spokesperson said on Thursday, adding that the company had "no intention of leaving loyal members out of pocket."`,
  ], [
    q(`Lifetime meant the lifetime of the product as it existed at the time of purchase,`, 'Rachel Amundsen'),
    q(`That is not what lifetime means, and they know it,`, 'Oscar Delacroix'),
    q(`We are looking at each case individually,`, 'Stillpoint spokesperson (unnamed)'),
    q(`no intention of leaving loyal members out of pocket.`, 'Stillpoint spokesperson (unnamed)'),
  ]),

  passage('f37-datacentre-32', ['irish', 'curly_quotes', 'colon_cue', 'age_after_name', 'organisation_speaker', 'partial_quote'], [
    `Plans for a €900 million data centre near Navan have been lodged with the county council, prompting concern among residents about pressure on the local electricity grid.`,
    `Speaking to local radio, Councillor Siobhán Mac Giolla Rua said: “Nobody is against jobs. But people are entitled to ask whether the lights will stay on in January.”`,
    `The developer, Lumen Grid Ireland, said in a statement that the facility would be “among the most energy-efficient in Europe” and would create 60 permanent jobs.`,
    `Local resident Pádraig Keaveney, 71, who lives beside the site, was less diplomatic. “They’ll build it, they’ll hire security guards, and they’ll call that sixty jobs,” he said.`,
  ], [
    q(`Nobody is against jobs. But people are entitled to ask whether the lights will stay on in January.`, 'Siobhán Mac Giolla Rua'),
    q(`among the most energy-efficient in Europe`, 'Lumen Grid Ireland'),
    q(`They’ll build it, they’ll hire security guards, and they’ll call that sixty jobs,`, 'Pádraig Keaveney'),
  ]),

  passage('f37-ceo-fired-33', ['quote_about_other', 'unnamed_source', 'partial_quote', 'long_appositive'], [
    `The board of the fintech firm Ledgerly fired its chief executive, Simone Achterberg, on Friday, less than a year after she took the job.`,
    `Achterberg's predecessor and Ledgerly's co-founder, Victor Hale, who remains on the board, said the decision had been unanimous. "Simone is talented, but she was the wrong fit for where we are," Hale said.`,
    `Achterberg did not respond to requests for comment. A person close to her said she had been "blindsided" and was considering legal action.`,
    `"She was told on a video call with the board's cameras off. That tells you everything," the person said.`,
  ], [
    q(`Simone is talented, but she was the wrong fit for where we are,`, 'Victor Hale'),
    q(`blindsided`, 'person close to Simone Achterberg (unnamed)'),
    q(`She was told on a video call with the board's cameras off. That tells you everything,`, 'person close to Simone Achterberg (unnamed)'),
  ]),

  passage('f37-age-ban-34', ['australian', 'relative', 'age_after_name', 'quote_about_other', 'pronoun_speaker'], [
    `Tech companies have until Friday to show how they will keep under-16s off their platforms, the Online Safety Commissioner has warned, as teenagers boast online about dodging the new age checks.`,
    `Commissioner Bronwyn Kealy told breakfast radio: "We're not naive. Kids are clever. But the obligation sits with the platforms, not with the kids or their parents."`,
    `Year 10 student Archie Nguyen, 15, from Parramatta, said most of his friends had simply asked an older sibling to verify their accounts. "Took about two minutes," he said.`,
    `His mother, Linh Nguyen, said she supported the law. "I'd rather he's annoyed than anxious," she said.`,
  ], [
    q(`We're not naive. Kids are clever. But the obligation sits with the platforms, not with the kids or their parents.`, 'Bronwyn Kealy'),
    q(`Took about two minutes,`, 'Archie Nguyen'),
    q(`I'd rather he's annoyed than anxious,`, 'Linh Nguyen'),
  ]),

  passage('f37-dark-patterns-35', ['indian', 'non_quote_quotation_marks', 'colon_cue', 'unnamed_spokesperson', 'partial_quote', 'long_appositive'], [
    `NEW DELHI: The Central Consumer Protection Council has issued notices to three e-commerce platforms over alleged "dark patterns", including pre-ticked boxes that add insurance to orders.`,
    `"Consumers should not have to hunt for a hidden checkbox to avoid paying for something they never asked for," the council's chief commissioner, Anupama Iyer, said in a statement on Monday.`,
    `Speaking to reporters later, Ms Iyer said that the platforms had been given 15 days to respond, failing which "strict action as per law" would follow.`,
    `A spokesperson for one of the platforms, Kartfly, said: "We have received the notice and will respond within the stipulated time. We are committed to transparent practices."`,
  ], [
    q(`Consumers should not have to hunt for a hidden checkbox to avoid paying for something they never asked for,`, 'Anupama Iyer'),
    q(`strict action as per law`, 'Anupama Iyer'),
    q(`We have received the notice and will respond within the stipulated time. We are committed to transparent practices.`, 'Kartfly spokesperson (unnamed)'),
  ]),

  passage('f37-podcaster-36', ['present_tense_says', 'feature', 'continuation', 'quote_only_paragraph', 'age_after_name', 'quote_about_other', 'same_gender_alternation'], [
    `Tobias Quint records every episode of his gadget podcast in a converted garden shed in Asheville, North Carolina, with a blanket pinned to the ceiling to stop the echo.`,
    `"The blanket cost eleven dollars. The microphone cost six hundred," says Quint, 29. "Guess which one people ask about."`,
    `"When I started, I thought reviewing phones was about specs. It's not. It's about whether you'd be annoyed by the thing on a Tuesday."`,
    `His co-host, Marcy Delgado, says the show's 400,000 weekly listeners come for the arguments. "He's wrong about foldables and I'll die on that hill," she says.`,
    `"She's wrong about everything else," Quint says.`,
  ], [
    q(`The blanket cost eleven dollars. The microphone cost six hundred,`, 'Tobias Quint'),
    q(`Guess which one people ask about.`, 'Tobias Quint'),
    q(`When I started, I thought reviewing phones was about specs. It's not. It's about whether you'd be annoyed by the thing on a Tuesday.`, 'Tobias Quint'),
    q(`He's wrong about foldables and I'll die on that hill,`, 'Marcy Delgado'),
    q(`She's wrong about everything else,`, 'Tobias Quint'),
  ]),

  passage('f37-privacy-bill-37', ['non_quote_quotation_marks', 'no_quotes', 'bill_name', 'event_name', 'nickname'], [
    `The "Kids Online Privacy Modernization Act," which would raise the age of protection under federal privacy law from 13 to 16, cleared a House committee on Wednesday by a vote of 31 to 19.`,
    `The bill, nicknamed "KOPMA" by advocates, now heads to the full House, where leaders have not said when it might be scheduled for a vote.`,
    `Its passage came a day after the annual "Privacy Week" conference in Washington, where several of the bill's co-sponsors appeared on a panel titled "Who Owns a Childhood?"`,
    `Industry groups have lobbied against the measure, arguing it would require age checks for nearly every website.`,
  ], []),

  passage('f37-recall-38', ['british_broadsheet', 'curly_single_quotes', 'split_quote', 'long_appositive', 'colon_cue'], [
    `Carmaker Alder Motors is recalling 38,000 electric cars in Britain after a software fault caused dashboards to go blank while driving.`,
    `‘We have had no reports of accidents,’ said the company’s UK managing director, Hugh Penberthy, ‘but a blank screen at seventy miles an hour is not something any driver should experience, and we are acting accordingly.’`,
    `The fix will be delivered over the air, meaning most owners will not need to visit a dealer.`,
    `Motoring campaigner Deborah Fane, of the group Safer Roads Now, said: ‘Over-the-air updates are brilliant until the update is the problem. Regulators need to test these like they test brakes.’`,
  ], [
    q(`We have had no reports of accidents,`, 'Hugh Penberthy'),
    q(`but a blank screen at seventy miles an hour is not something any driver should experience, and we are acting accordingly.`, 'Hugh Penberthy'),
    q(`Over-the-air updates are brilliant until the update is the problem. Regulators need to test these like they test brakes.`, 'Deborah Fane'),
  ]),

  passage('f37-moderators-39', ['british_single_quotes', 'crowd_speaker', 'media_speaker', 'unnamed_source', 'organisation_speaker', 'colon_cue', 'partial_quote'], [
    `Hundreds of content moderators employed by contractors for the social network Vyne rallied outside its London headquarters on Saturday, chanting 'We see it so you don't' as they demanded mental health support.`,
    `The Financial Ledger reported last week that some moderators were reviewing up to 1,200 videos a shift, a workload the newspaper described as 'beyond any recognised safe limit'.`,
    `One moderator, who asked not to be named for fear of losing her job, said: 'I've seen things I can't unsee. I just want someone to talk to who isn't my mum.'`,
    `Vyne said in a statement: 'Our partners are contractually required to provide wellbeing support, and we audit that regularly.'`,
  ], [
    q(`We see it so you don't`, 'Content moderators'),
    q(`beyond any recognised safe limit`, 'The Financial Ledger'),
    q(`I've seen things I can't unsee. I just want someone to talk to who isn't my mum.`, 'moderator (unnamed)'),
    q(`Our partners are contractually required to provide wellbeing support, and we audit that regularly.`, 'Vyne'),
  ]),

  passage('f37-news-links-40', ['canadian', 'document_speaker', 'according_to', 'partial_quote', 'long_appositive', 'pronoun_speaker'], [
    `TORONTO — A coalition of Canadian news publishers says a search company's decision to remove news links for users in the country has cut traffic to their websites by as much as 40 per cent.`,
    `"This is a company choosing to punish readers to make a point to Parliament," said Yvonne Lachapelle, president of the Canadian Independent Press Alliance, which represents 140 publications.`,
    `According to a survey released by the alliance on Monday, three in four member publications have frozen hiring. The survey describes the situation as "an emergency in slow motion."`,
    `Searchwell spokesperson Marc-André Gagnon said the company had been "clear from the beginning" about how it would respond to the law. "We respect the decision of Parliament. We are complying with it," he said.`,
  ], [
    q(`This is a company choosing to punish readers to make a point to Parliament,`, 'Yvonne Lachapelle'),
    q(`an emergency in slow motion.`, 'the survey'),
    q(`clear from the beginning`, 'Marc-André Gagnon'),
    q(`We respect the decision of Parliament. We are complying with it,`, 'Marc-André Gagnon'),
  ]),

  passage('f37-copyright-41', ['court', 'partial_quote', 'pronoun_speaker', 'quote_about_other', 'same_gender_alternation', 'long_appositive'], [
    `A group of novelists suing the AI company Parallax won an early victory Tuesday when a federal judge refused to throw out their central claim that the company copied their books to train its chatbot.`,
    `U.S. District Judge Eleanor Vance wrote that the authors had "plausibly alleged" that the copying was not fair use, though she cautioned that the question "is far from settled."`,
    `The lead plaintiff, novelist Corinne Adébayo, whose thriller series has sold more than two million copies, said she was relieved. "It's the first time I've felt a court is taking writers seriously on this," she said.`,
    `Parallax's lawyer, Frances Holt, said the company would seek to have the case decided on summary judgment. "Learning from books is what every writer does," she said. "Ms. Adébayo learned from books too."`,
  ], [
    q(`plausibly alleged`, 'Eleanor Vance'),
    q(`is far from settled.`, 'Eleanor Vance'),
    q(`It's the first time I've felt a court is taking writers seriously on this,`, 'Corinne Adébayo'),
    q(`Learning from books is what every writer does,`, 'Frances Holt'),
    q(`Ms. Adébayo learned from books too.`, 'Frances Holt'),
  ]),

  passage('f37-sentencing-42', ['us_wire', 'speaker_before_quote', 'age_after_name', 'partial_quote', 'pronoun_speaker'], [
    `NEW YORK — The founder of the collapsed cryptocurrency exchange Coinvault was sentenced Thursday to 12 years in prison for defrauding customers of more than $600 million.`,
    `Before sentence was imposed, Devon Harlan, 34, stood and told the court, "I lied to people who trusted me, and I'm going to spend the rest of my life trying to repay them."`,
    `U.S. District Judge Raymond Castillo-Burke said the apology came "years and several hundred million dollars too late."`,
    `Outside the courthouse, a former customer, retired nurse Gloria Petty, 68, said she had lost her savings. "I'm glad he's going away," she said. "I'd be gladder if I got a cent back."`,
  ], [
    q(`I lied to people who trusted me, and I'm going to spend the rest of my life trying to repay them.`, 'Devon Harlan'),
    q(`years and several hundred million dollars too late.`, 'Raymond Castillo-Burke'),
    q(`I'm glad he's going away,`, 'Gloria Petty'),
    q(`I'd be gladder if I got a cent back.`, 'Gloria Petty'),
  ]),

  passage('f37-crowdfunding-43', ['non_quote_quotation_marks', 'nickname', 'present_tense_says', 'age_after_name', 'quote_about_other', 'product_name'], [
    `The man known in the trade press as "the King of Kickstart," hardware inventor Felix Adeyemi-Brandt, says his latest crowdfunding campaign will be his last.`,
    `"Twelve campaigns, eleven delivered. The twelfth still haunts me," says Adeyemi-Brandt, 44, referring to the ill-fated "Hover Mug" that raised $2.1 million in 2019 and never shipped.`,
    `Backer Ingrid Solheim, who says she has spent more than $3,000 on his projects over the years, is sticking with him. "Felix is the only creator who ever emailed me personally to say sorry," she says.`,
    `His new project, a solar-powered bike light called the Lumo, reached its funding goal in under four hours.`,
  ], [
    q(`Twelve campaigns, eleven delivered. The twelfth still haunts me,`, 'Felix Adeyemi-Brandt'),
    q(`Felix is the only creator who ever emailed me personally to say sorry,`, 'Ingrid Solheim'),
  ]),

  passage('f37-radio-44', ['new_zealand', 'transcript', 'labelled_turns', 'radio_interview', 'colon_cue'], [
    `The chief executive of the power retailer Kowhai Energy, Mereana Huata, was questioned on breakfast radio on Tuesday about a billing error that charged 12,000 customers twice. An edited transcript:`,
    `PRESENTER GUY LANGFORD: "How does a company charge twelve thousand people twice and not notice for a fortnight?"`,
    `HUATA: "We did notice. We noticed on day three. It took us until day fourteen to fix it safely, and I'm sorry it took that long."`,
    `LANGFORD: "Will people get interest on the money you took?"`,
    `HUATA: "Every customer will get the double charge back plus a fifty-dollar credit. I think that's fair."`,
  ], [
    q(`How does a company charge twelve thousand people twice and not notice for a fortnight?`, 'Guy Langford'),
    q(`We did notice. We noticed on day three. It took us until day fourteen to fix it safely, and I'm sorry it took that long.`, 'Mereana Huata'),
    q(`Will people get interest on the money you took?`, 'Guy Langford'),
    q(`Every customer will get the double charge back plus a fifty-dollar credit. I think that's fair.`, 'Mereana Huata'),
  ]),
];
