// The own set's part "fresh 60": written by a second author during the twenty-third session, without reading the engine's rules, its tests or any other part's passages, so it is measured on text its author never saw. It covers health and medicine: hospitals and waiting lists, doctors and nurses, patients and families, drug trials, health ministers, outbreaks, public-health officials, mental health. Measured only. Same gold conventions as passages.ts. People, places and organisations are made up.
import type { GoldItem } from '../dev-metrics';
import { passage, q } from './passages';

export const ownSetFresh60: GoldItem[] = [
  passage('f60-waiting-list-01', ['health', 'partial_quote', 'group_speaker'], [
    `The number of patients waiting more than a year for planned surgery at Harrowgate Valley Hospitals has nearly doubled since January, according to figures published on Tuesday by the regional health board.`,
    `"We are not hiding from these numbers," said Dr. Imogen Sallow, the trust's chief executive. "Every one of those patients is somebody's mother, father or child, and they deserve better than a letter telling them to wait."`,
    `Sallow said two operating theatres had been closed since March because of a shortage of anaesthetists, and that the trust had asked the health board for emergency funding to reopen them.`,
    `The board's chair, Kwabena Osei-Mensah, was less sympathetic. "The trust has had the money it asked for last year," he told reporters after the meeting. "What we have not had is a plan."`,
    `Patient groups called the figures "a scandal in slow motion." Marguerite Delacroix, 71, who has waited 14 months for a hip replacement, said she now needs two sticks to reach her front gate.`,
    `"I was told six months," she said. "Then it was nine. Now nobody will give me a date at all."`,
  ], [
    q(`We are not hiding from these numbers,`, 'Imogen Sallow'),
    q(`Every one of those patients is somebody's mother, father or child, and they deserve better than a letter telling them to wait.`, 'Imogen Sallow'),
    q(`The trust has had the money it asked for last year,`, 'Kwabena Osei-Mensah'),
    q(`What we have not had is a plan.`, 'Kwabena Osei-Mensah'),
    q(`a scandal in slow motion.`, 'Patient groups'),
    q(`I was told six months,`, 'Marguerite Delacroix'),
    q(`Then it was nine. Now nobody will give me a date at all.`, 'Marguerite Delacroix'),
  ]),

  passage('f60-nurses-strike-02', ['health', 'british_single_quotes', 'partial_quote'], [
    `Nurses at three hospitals in the Kellingford area will walk out for 48 hours next week after talks over pay and staffing broke down late on Thursday.`,
    `The Nurses’ Federation’s regional secretary, Bronagh McIlroy, said members had been ‘pushed to the edge’ by years of below-inflation pay awards.`,
    `‘Nobody goes into nursing to go on strike,’ she said. ‘But our members are working through their breaks, covering two wards at a time and going home in tears. That is not safe for them and it is not safe for patients.’`,
    `Emergency departments and cancer units will be staffed during the action, the union said.`,
    `The health secretary, Alastair Pennock, called the walkout ‘deeply disappointing’ and said the government’s offer of 4.5 per cent was ‘fair and final’.`,
    `‘I would urge the union to come back to the table,’ Mr Pennock told Radio Kellingford.`,
    `A spokeswoman for Kellingford General Hospital said planned operations that had to be postponed would be rescheduled ‘as a matter of priority’.`,
  ], [
    q(`pushed to the edge`, 'Bronagh McIlroy'),
    q(`Nobody goes into nursing to go on strike,`, 'Bronagh McIlroy'),
    q(`But our members are working through their breaks, covering two wards at a time and going home in tears. That is not safe for them and it is not safe for patients.`, 'Bronagh McIlroy'),
    q(`deeply disappointing`, 'Alastair Pennock'),
    q(`fair and final`, 'Alastair Pennock'),
    q(`I would urge the union to come back to the table,`, 'Alastair Pennock'),
    q(`as a matter of priority`, 'spokeswoman (unnamed)'),
  ]),

  passage('f60-drug-trial-03', ['health', 'organisation_speaker', 'partial_quote'], [
    `An experimental drug for early Alzheimer's disease slowed cognitive decline by about a fifth over 18 months, its developer said on Monday, though independent experts cautioned that the benefit might be too small for patients to notice.`,
    `Veridane Therapeutics said in a statement that the phase 3 trial of its antibody, vortenumab, had met its primary endpoint and that the company would seek approval in Europe and North America "as quickly as the regulators allow."`,
    `"This is the first time we have seen a result of this size in a population this broad," said Hiroshi Tanabe, Veridane's chief medical officer. "We think it changes the conversation."`,
    `Others were more guarded. Professor Adaeze Okonkwo, a neurologist at the University of Port Elgin who was not involved in the study, said the 21 per cent figure "sounds impressive until you look at the absolute numbers."`,
    `"On the scale they used, the difference is about half a point," she said. "I would want to know whether a patient, or their husband or wife, could actually tell."`,
    `She also pointed to brain swelling seen in 12 per cent of those given the drug, which the company described as "mostly mild and manageable."`,
  ], [
    q(`as quickly as the regulators allow.`, 'Veridane Therapeutics'),
    q(`This is the first time we have seen a result of this size in a population this broad,`, 'Hiroshi Tanabe'),
    q(`We think it changes the conversation.`, 'Hiroshi Tanabe'),
    q(`sounds impressive until you look at the absolute numbers.`, 'Adaeze Okonkwo'),
    q(`On the scale they used, the difference is about half a point,`, 'Adaeze Okonkwo'),
    q(`I would want to know whether a patient, or their husband or wife, could actually tell.`, 'Adaeze Okonkwo'),
    q(`mostly mild and manageable.`, 'Veridane Therapeutics'),
  ]),

  passage('f60-measles-04', ['health', 'unnamed_source', 'present_tense'], [
    `Health officials in the Dunmore district have confirmed 37 cases of measles in the past three weeks, most of them in children under five who had not been vaccinated.`,
    `"We are in the middle of an outbreak, and it has not peaked," the district's medical officer of health, Dr. Teodora Vasilescu, said at a briefing on Wednesday. "If your child has missed a dose, please do not wait for a letter. Walk in."`,
    `Vasilescu said six children had been admitted to hospital, one of them to intensive care. She declined to give details of that child's condition, citing privacy.`,
    `Clinics will open on Saturday and Sunday mornings for the next month, the district health authority said.`,
    `At a pop-up vaccination tent outside a supermarket in Dunmore on Thursday, a mother of two who asked not to be named said she had delayed her younger son's jabs because of things she had read online.`,
    `"I'm not anti-vaccine. I was just scared," she said. "Then my neighbour's little girl ended up in hospital, and I thought, what am I doing?"`,
    `Public-health nurse Sione Taufa, who was running the tent, says the queue has been longer every day. "People come in angry, or embarrassed," he says. "We don't lecture anybody. We just give the shot."`,
  ], [
    q(`We are in the middle of an outbreak, and it has not peaked,`, 'Teodora Vasilescu'),
    q(`If your child has missed a dose, please do not wait for a letter. Walk in.`, 'Teodora Vasilescu'),
    q(`I'm not anti-vaccine. I was just scared,`, 'mother (unnamed)'),
    q(`Then my neighbour's little girl ended up in hospital, and I thought, what am I doing?`, 'mother (unnamed)'),
    q(`People come in angry, or embarrassed,`, 'Sione Taufa'),
    q(`We don't lecture anybody. We just give the shot.`, 'Sione Taufa'),
  ]),

  passage('f60-camhs-wait-05', ['health', 'mental_health', 'multi_paragraph_quote'], [
    `When Layla Haddad's 15-year-old son told her he no longer wanted to be alive, she did what the leaflets told her to do. She called the child and adolescent mental health service. Then she waited.`,
    `"They said it would be 18 weeks for an assessment," Haddad said, sitting at her kitchen table in Northfield. "Eighteen weeks. I asked them what I was supposed to do until then, and the woman on the phone said, honestly, she didn't know.`,
    `"So I slept on the floor of his room for a month. I took the knives out of the kitchen. I stopped going to work."`,
    `Her son, now 16, has since been seen and is receiving therapy. Haddad agreed to speak on the condition that he not be named.`,
    `The service's clinical director, Dr. Ruairí Ó Ceallaigh, said demand had tripled since 2019 while staffing had risen by barely a quarter.`,
    `"We triage every referral within 48 hours, and anyone at immediate risk is seen the same day," he said in an emailed response. "But I won't pretend that an 18-week wait is acceptable. It isn't."`,
  ], [
    q(`They said it would be 18 weeks for an assessment,`, 'Layla Haddad'),
    q(`Eighteen weeks. I asked them what I was supposed to do until then, and the woman on the phone said, honestly, she didn't know.`, 'Layla Haddad'),
    q(`So I slept on the floor of his room for a month. I took the knives out of the kitchen. I stopped going to work.`, 'Layla Haddad'),
    q(`We triage every referral within 48 hours, and anyone at immediate risk is seen the same day,`, 'Ruairí Ó Ceallaigh'),
    q(`But I won't pretend that an 18-week wait is acceptable. It isn't.`, 'Ruairí Ó Ceallaigh'),
  ]),

  passage('f60-corridor-report-06', ['health', 'non_quote_quotation_marks', 'no_speech'], [
    `A report titled "Beds, Not Corridors", published by the Vellmore Health Observatory on Friday, found that patients over 80 spent an average of 11 hours on trolleys in emergency departments last winter.`,
    `The observatory's analysts tracked 2,400 admissions across four hospitals, including the ageing Saint Columba's Infirmary, known locally as "the Barracks" because of its Victorian ward blocks.`,
    `The report recommends that so-called "corridor care" be recorded as a patient-safety incident every time it happens, and that hospitals publish the figures monthly.`,
    `It also calls for a review of the region's "discharge to assess" scheme, which was meant to move medically fit patients out of hospital more quickly but which, the authors found, has had little measurable effect.`,
  ], []),

  passage('f60-maternity-units-07', ['health', 'question_answer', 'partial_quote'], [
    `The health minister, Rosalind Achterberg, defended the closure of two rural maternity units on Tuesday, telling a radio interviewer that the decision had been made "on the advice of midwives, not accountants."`,
    `Asked whether women in Hollinsby, who will now face a drive of more than an hour to the nearest labour ward, were being put at risk, Achterberg replied: "The units we are closing deliver fewer than 200 babies a year. At that volume, staff cannot keep their skills sharp. Safety is the reason for this, not the casualty of it."`,
    `The interviewer, Fergus Lamont, pressed her on ambulance response times in the area, which are among the slowest in the country. "What happens to the woman who goes into labour in a snowstorm at 2 a.m.?" he asked.`,
    `"She will be looked after by a paramedic crew trained in emergency births, and we are adding two more of those crews this year," the minister said.`,
    `Local campaigners were unconvinced. Gráinne Tolan, who chairs the Keep Hollinsby Births group, said after the broadcast that two extra ambulance crews for an area the size of the county amounted to "a sticking plaster on an amputation."`,
    `"We'll see her in court," Tolan said.`,
  ], [
    q(`on the advice of midwives, not accountants.`, 'Rosalind Achterberg'),
    q(`The units we are closing deliver fewer than 200 babies a year. At that volume, staff cannot keep their skills sharp. Safety is the reason for this, not the casualty of it.`, 'Rosalind Achterberg'),
    q(`What happens to the woman who goes into labour in a snowstorm at 2 a.m.?`, 'Fergus Lamont'),
    q(`She will be looked after by a paramedic crew trained in emergency births, and we are adding two more of those crews this year,`, 'Rosalind Achterberg'),
    q(`a sticking plaster on an amputation.`, 'Gráinne Tolan'),
    q(`We'll see her in court,`, 'Gráinne Tolan'),
  ]),

  passage('f60-cholera-wire-08', ['health', 'wire_copy', 'according_to'], [
    `PORT AMARA, March 4 (Meridian Wire) - A cholera outbreak in the flooded southern districts of Lusava has killed at least 43 people and sickened more than 1,900, the country's health ministry said on Saturday.`,
    `"The situation in the camps is critical," Deputy Health Minister Joaquim Mabunda told reporters in the capital. "We have oral rehydration salts, but we do not have enough clean water to mix them with."`,
    `According to the International Relief Medical Corps, which runs two treatment centres in the region, admissions have doubled in a week. "We are seeing whole families arrive together," the group's field coordinator, Annika Sørensen, said by telephone. "Children first, then the grandparents."`,
    `The ministry said 200,000 doses of oral cholera vaccine were expected to arrive by Wednesday.`,
    `A resident of the Chibwe camp, who gave only his first name, Tendai, said the latrines had overflowed during the second week of rain. "There is nowhere to go," he said. "People are drinking from the river because there is no other water."`,
  ], [
    q(`The situation in the camps is critical,`, 'Joaquim Mabunda'),
    q(`We have oral rehydration salts, but we do not have enough clean water to mix them with.`, 'Joaquim Mabunda'),
    q(`We are seeing whole families arrive together,`, 'Annika Sørensen'),
    q(`Children first, then the grandparents.`, 'Annika Sørensen'),
    q(`There is nowhere to go,`, 'Tendai'),
    q(`People are drinking from the river because there is no other water.`, 'Tendai'),
  ]),

  passage('f60-junior-doctors-09', ['health', 'two_speakers', 'pronoun'], [
    `Junior doctors in Castellane voted overwhelmingly on Friday to accept a new contract, ending a dispute that had led to 11 days of strikes and the cancellation of some 60,000 appointments.`,
    `Dr. Mehmet Yıldırım, who chairs the junior doctors' committee of the Castellane Medical Association, said the deal was "not everything we wanted, but a lot more than we were offered."`,
    `"When this started, the government told us there was no money," he said. "It turned out there was."`,
    `The health minister, Béatrice Fontaine-Leclerc, welcomed the result. She said the agreement, which raises basic pay by 14 per cent over two years and caps rostered hours at 48 a week, was "affordable and fair to doctors and taxpayers alike."`,
    `"I never doubted that we would get here," she said in a statement. "Now let's get the waiting lists down."`,
    `Yıldırım said he hoped she meant it. "If she does, she will find us willing partners," he said.`,
  ], [
    q(`not everything we wanted, but a lot more than we were offered.`, 'Mehmet Yıldırım'),
    q(`When this started, the government told us there was no money,`, 'Mehmet Yıldırım'),
    q(`It turned out there was.`, 'Mehmet Yıldırım'),
    q(`affordable and fair to doctors and taxpayers alike.`, 'Béatrice Fontaine-Leclerc'),
    q(`I never doubted that we would get here,`, 'Béatrice Fontaine-Leclerc'),
    q(`Now let's get the waiting lists down.`, 'Béatrice Fontaine-Leclerc'),
    q(`If she does, she will find us willing partners,`, 'Mehmet Yıldırım'),
  ]),

  passage('f60-hospice-nurse-10', ['health', 'feature', 'present_tense', 'quote_only_paragraph'], [
    `Precious Nkosi has been a hospice nurse for 22 years. She has sat with, by her own count, more than a thousand people as they died.`,
    `“People think it must be the saddest job in the world,” she says. “Sometimes it is. But mostly it’s the most honest one.”`,
    `“Nobody pretends in here. Not the patients, not the families. You get to see people as they really are.”`,
    `Nkosi works nights at St Brendan’s Hospice in Ardlow, which this year lost a third of its local-authority funding. The hospice’s director, Ewan Gillespie, says it will have to close four of its 16 beds by the summer unless donations rise.`,
    `“We have cut everything we can cut without touching care,” Gillespie says. “The next cut touches care.”`,
    `Nkosi shrugs when asked whether she worries about her own job. “I worry about the people who won’t get a bed,” she says.`,
  ], [
    q(`People think it must be the saddest job in the world,`, 'Precious Nkosi'),
    q(`Sometimes it is. But mostly it’s the most honest one.`, 'Precious Nkosi'),
    q(`Nobody pretends in here. Not the patients, not the families. You get to see people as they really are.`, 'Precious Nkosi'),
    q(`We have cut everything we can cut without touching care,`, 'Ewan Gillespie'),
    q(`The next cut touches care.`, 'Ewan Gillespie'),
    q(`I worry about the people who won’t get a bed,`, 'Precious Nkosi'),
  ]),

  passage('f60-inquest-11', ['health', 'court', 'partial_quote', 'statement_read'], [
    `A coroner has ruled that failures in care at Lindenmoor General Hospital “more than minimally contributed” to the death of a 34-year-old father of three who waited nine hours to be seen in its emergency department.`,
    `Dariusz Kowalczyk arrived at the hospital on the evening of 6 November with severe abdominal pain and was triaged as urgent, the inquest in Bramwell heard. He collapsed in the waiting room shortly after 4 a.m. and died the next day from a perforated bowel.`,
    `Recording a narrative conclusion, the senior coroner, Helena Marchetti, said there had been “a missed opportunity to reassess Mr Kowalczyk” when his pain worsened around midnight.`,
    `“The department was extremely busy that night, and I accept that staff were doing their best in very difficult conditions,” she said. “But his observations were not repeated for more than five hours, and that should not have happened.”`,
    `In a statement read outside the court by the family’s solicitor, his widow, Agnieszka Kowalczyk, said: “Darek sat in that chair for nine hours asking for help. We hope no other family has to hear what we have heard this week.”`,
    `The hospital’s medical director, Dr. Femi Adeyemi, said the trust “apologises unreservedly” and had since introduced hourly checks for patients waiting longer than two hours.`,
  ], [
    q(`more than minimally contributed`, 'Helena Marchetti'),
    q(`a missed opportunity to reassess Mr Kowalczyk`, 'Helena Marchetti'),
    q(`The department was extremely busy that night, and I accept that staff were doing their best in very difficult conditions,`, 'Helena Marchetti'),
    q(`But his observations were not repeated for more than five hours, and that should not have happened.`, 'Helena Marchetti'),
    q(`Darek sat in that chair for nine hours asking for help. We hope no other family has to hear what we have heard this week.`, 'Agnieszka Kowalczyk'),
    q(`apologises unreservedly`, 'Femi Adeyemi'),
  ]),

  passage('f60-drug-shortage-12', ['health', 'unnamed_source', 'organisation_speaker'], [
    `Pharmacies across the northern provinces are rationing a common epilepsy drug after a manufacturing fault at a plant in Kestrel Bay cut supplies by nearly half, industry figures show.`,
    `"We are giving people a week's supply at a time instead of a month's," said Ayesha Rahman, who runs an independent pharmacy in Glenrock. "Some of my patients have been on this medicine for 20 years. They are frightened."`,
    `The manufacturer, Holbeck Pharma, said in a statement that production would "return to normal levels by the end of the quarter" and that it was importing stock from its plant in Porto Verde to bridge the gap.`,
    `A senior official at the medicines regulator, who was not authorised to speak publicly, said the agency had known about the problem for at least six weeks before pharmacists were told. "There was a hope that it would fix itself," the official said. "It didn't."`,
    `The Epilepsy Alliance urged patients not to switch brands without first speaking to their doctor.`,
  ], [
    q(`We are giving people a week's supply at a time instead of a month's,`, 'Ayesha Rahman'),
    q(`Some of my patients have been on this medicine for 20 years. They are frightened.`, 'Ayesha Rahman'),
    q(`return to normal levels by the end of the quarter`, 'Holbeck Pharma'),
    q(`There was a hope that it would fix itself,`, 'official (unnamed)'),
    q(`It didn't.`, 'official (unnamed)'),
  ]),

  passage('f60-gp-surgery-13', ['health', 'british_single_quotes', 'straight_single_quotes'], [
    `More than 6,000 patients in the village of Upper Wexcombe will have to register with a new GP after the only surgery in the parish announced it would close at the end of June.`,
    `Dr Nadia Farouk, the senior partner at Wexcombe Medical Practice, said she and her two colleagues had tried for three years to recruit a replacement for a retiring partner.`,
    `'We advertised nine times. We had two applicants, and neither of them turned up for interview,' she said. 'I am 63. I cannot run this practice on my own.'`,
    `The Wexcombe and Downs Integrated Care Board said it was 'working urgently' with neighbouring practices to take on the patients.`,
    `Parish councillor Tom Ashdown said many elderly residents did not drive. 'The nearest alternative is eleven miles away and the bus goes twice a day,' he said. 'For some people here that is the end of seeing a doctor.'`,
  ], [
    q(`We advertised nine times. We had two applicants, and neither of them turned up for interview,`, 'Nadia Farouk'),
    q(`I am 63. I cannot run this practice on my own.`, 'Nadia Farouk'),
    q(`working urgently`, 'Wexcombe and Downs Integrated Care Board'),
    q(`The nearest alternative is eleven miles away and the bus goes twice a day,`, 'Tom Ashdown'),
    q(`For some people here that is the end of seeing a doctor.`, 'Tom Ashdown'),
  ]),

  passage('f60-crisis-team-14', ['health', 'mental_health', 'inverted_said', 'long_title'], [
    `A pilot scheme that sends mental health nurses rather than police officers to emergency calls involving people in crisis has cut detentions under mental health law by 40 per cent in its first year, an evaluation has found.`,
    `"Somebody in distress does not need handcuffs. They need somebody who knows what they are doing," said Chief Inspector Ruth Abernethy of Calderbrook Police, which runs the scheme with the local health trust.`,
    `Under the pilot, a nurse and a paramedic travel together in an unmarked car. Police attend only if there is a risk of violence.`,
    `"At first the officers were sceptical, and honestly so were we," said Kofi Asante, the nurse who leads the team. "Now they ring us before they ring anyone else."`,
    `The evaluation, carried out by researchers at Calderbrook University, warned that the scheme's funding runs out in April. Its lead author, Dr. Sunita Raghavan, said it would be "a false economy of the worst kind" to let it lapse.`,
  ], [
    q(`Somebody in distress does not need handcuffs. They need somebody who knows what they are doing,`, 'Ruth Abernethy'),
    q(`At first the officers were sceptical, and honestly so were we,`, 'Kofi Asante'),
    q(`Now they ring us before they ring anyone else.`, 'Kofi Asante'),
    q(`a false economy of the worst kind`, 'Sunita Raghavan'),
  ]),

  passage('f60-fluoride-meeting-15', ['health', 'question_answer', 'unnamed_source'], [
    `More than 300 people packed the community hall in Renfrey on Thursday night for a public meeting on the region's plan to add fluoride to the water supply.`,
    `The region's chief medical officer, Dr. Osagie Ehigiator, spent nearly two hours taking questions, many of them hostile.`,
    `"Who gave you the right to medicate my children without asking me?" one man shouted from the back of the hall.`,
    `"Nobody is medicating anybody," Ehigiator replied. "We are adjusting a mineral that is already in the water to the level that protects teeth. That is all this is."`,
    `A dentist in the audience, Marisol Quintero, said she had pulled teeth from children as young as three. "I'd like everyone who is against this to come and spend one Tuesday in my surgery," she said.`,
    `The regional council will vote on the proposal next month.`,
  ], [
    q(`Who gave you the right to medicate my children without asking me?`, 'man (unnamed)'),
    q(`Nobody is medicating anybody,`, 'Osagie Ehigiator'),
    q(`We are adjusting a mineral that is already in the water to the level that protects teeth. That is all this is.`, 'Osagie Ehigiator'),
    q(`I'd like everyone who is against this to come and spend one Tuesday in my surgery,`, 'Marisol Quintero'),
  ]),

  passage('f60-retraction-16', ['health', 'document_speaker', 'partial_quote', 'written_quote'], [
    `A leading medical journal has retracted a 2019 study claiming that a cheap blood-pressure pill halved the risk of stroke in older women, after an investigation found that much of the data "could not be verified or did not exist."`,
    `The retraction notice, published on Wednesday by the Northern Journal of Clinical Medicine, said the study's senior author, Professor Lars-Erik Holmqvist, had been unable to provide records for 1,140 of the 3,200 patients supposedly enrolled.`,
    `The notice said the journal's editors had "lost confidence in the integrity of the findings."`,
    `Holmqvist, who retired last year, said in an email that he "strongly disputes" the conclusions of the investigation and blamed a former research assistant for the missing records. "I trusted people I should not have trusted," he wrote. "That is my failing. Fabrication was not."`,
    `The study had been cited more than 900 times and was included in at least two national treatment guidelines.`,
    `"This is the nightmare scenario," said Dr. Chiamaka Eze, a research-integrity specialist at the Lindqvist Institute. "It is not just one bad paper. It is every guideline and every prescription that rested on it."`,
  ], [
    q(`could not be verified or did not exist.`, 'the investigation'),
    q(`lost confidence in the integrity of the findings.`, 'the retraction notice'),
    q(`strongly disputes`, 'Lars-Erik Holmqvist'),
    q(`I trusted people I should not have trusted,`, 'Lars-Erik Holmqvist'),
    q(`That is my failing. Fabrication was not.`, 'Lars-Erik Holmqvist'),
    q(`This is the nightmare scenario,`, 'Chiamaka Eze'),
    q(`It is not just one bad paper. It is every guideline and every prescription that rested on it.`, 'Chiamaka Eze'),
  ]),

  passage('f60-organ-donor-17', ['health', 'family', 'present_tense', 'pronoun'], [
    `When 19-year-old Mateus Albuquerque died after a motorcycle crash in April, his parents had to make a decision they had never discussed with him.`,
    `“We didn’t know what he would have wanted. We just knew who he was,” said his mother, Fernanda Albuquerque. “Mateus would give you the shirt off his back. So we said yes.”`,
    `His kidneys, liver and heart went to four people, one of them a nine-year-old girl in a neighbouring province.`,
    `His father, Rui Albuquerque, says he rereads the letter the girl’s family sent through the transplant coordinator every few weeks. “They wrote that she rode a bicycle for the first time this summer,” he says. “I can’t tell you what that does to you.”`,
    `The family’s story is being used in a national campaign launched this week by the Organ Donation Council, which wants people to talk about donation before a crisis. Its chief executive, Ingrid Solberg, said four in ten families still refused consent when asked. “Almost always, it’s because they simply don’t know,” she said.`,
  ], [
    q(`We didn’t know what he would have wanted. We just knew who he was,`, 'Fernanda Albuquerque'),
    q(`Mateus would give you the shirt off his back. So we said yes.`, 'Fernanda Albuquerque'),
    q(`They wrote that she rode a bicycle for the first time this summer,`, 'Rui Albuquerque'),
    q(`I can’t tell you what that does to you.`, 'Rui Albuquerque'),
    q(`Almost always, it’s because they simply don’t know,`, 'Ingrid Solberg'),
  ]),

  passage('f60-superbug-ward-18', ['health', 'non_quote_quotation_marks', 'outbreak'], [
    `A hospital in Tarrowby has closed one of its surgical wards to new admissions after five patients were found to be carrying a drug-resistant strain of Klebsiella bacteria.`,
    `Tarrowby Royal Infirmary said all patients who had stayed on the ward since 1 September would be contacted and offered screening.`,
    `The bacteria belong to a group of so-called "superbugs" that are resistant to carbapenems, antibiotics usually kept in reserve for the most serious infections.`,
    `"None of the five is currently unwell because of it. They are carriers," said Dr. Anjali Mukherjee, the infirmary's director of infection prevention. "But we take this extremely seriously, because in a frail patient it can be very dangerous."`,
    `The infirmary was criticised two years ago in an inspectors' report, "Clean Hands, Safe Wards", which found that hand-hygiene audits were being completed by the same staff they were meant to check.`,
    `Mukherjee said those problems had been fixed. "The audits are independent now," she said.`,
  ], [
    q(`None of the five is currently unwell because of it. They are carriers,`, 'Anjali Mukherjee'),
    q(`But we take this extremely seriously, because in a frail patient it can be very dangerous.`, 'Anjali Mukherjee'),
    q(`The audits are independent now,`, 'Anjali Mukherjee'),
  ]),

  passage('f60-ministers-summit-19', ['health', 'wire_copy', 'two_speakers', 'pronoun'], [
    `VALMONT, June 12 — Health ministers from 14 countries agreed on Thursday to share stockpiles of antivirals and protective equipment in the event of a future pandemic, but failed to agree on how vaccines would be divided.`,
    `The host, Valdorian Health Minister Katarzyna Wiśniewska, said the stockpile agreement was “the most concrete thing this group has ever produced.”`,
    `“Four years ago we were outbidding each other for masks on the tarmac,” she told a closing news conference. “Today we have a rulebook.”`,
    `The vaccine talks foundered on whether countries that fund research should get first call on the doses. Dr. Emmanuel Boateng, the health minister of Ashanteland, said poorer countries would not sign up to a deal that “puts us at the back of the queue again.”`,
    `“We were told last time that nobody is safe until everyone is safe,” he said. “Then we waited 14 months for our first delivery.”`,
    `Officials said talks would resume in September.`,
  ], [
    q(`the most concrete thing this group has ever produced.`, 'Katarzyna Wiśniewska'),
    q(`Four years ago we were outbidding each other for masks on the tarmac,`, 'Katarzyna Wiśniewska'),
    q(`Today we have a rulebook.`, 'Katarzyna Wiśniewska'),
    q(`puts us at the back of the queue again.`, 'Emmanuel Boateng'),
    q(`We were told last time that nobody is safe until everyone is safe,`, 'Emmanuel Boateng'),
    q(`Then we waited 14 months for our first delivery.`, 'Emmanuel Boateng'),
  ]),

  passage('f60-ambulance-wait-20', ['health', 'family', 'unnamed_source', 'according_to'], [
    `An 86-year-old woman who broke her hip in a fall at home lay on her kitchen floor for more than seven hours waiting for an ambulance, her daughter said.`,
    `"She was conscious the whole time, and she was cold, and she kept saying sorry for the fuss," said Siobhan Gallagher, who found her mother, Maureen, when she came to visit on Sunday afternoon. "Sorry. For the fuss. She's 86."`,
    `Gallagher called the emergency number at 12.40 p.m. An ambulance arrived at 8.05 p.m., according to a timeline provided by the Eastfold Ambulance Service.`,
    `The service said it was "truly sorry" and that on Sunday 23 of its crews had been held outside hospitals waiting to hand over patients.`,
    `One paramedic, who spoke on condition of anonymity because staff are not allowed to talk to the press, said it had been a typical weekend. "We spent five hours outside Eastfold General with one patient," she said. "Meanwhile the calls are stacking up on the screen and there is nothing you can do."`,
  ], [
    q(`She was conscious the whole time, and she was cold, and she kept saying sorry for the fuss,`, 'Siobhan Gallagher'),
    q(`Sorry. For the fuss. She's 86.`, 'Siobhan Gallagher'),
    q(`truly sorry`, 'Eastfold Ambulance Service'),
    q(`We spent five hours outside Eastfold General with one patient,`, 'paramedic (unnamed)'),
    q(`Meanwhile the calls are stacking up on the screen and there is nothing you can do.`, 'paramedic (unnamed)'),
  ]),

  passage('f60-screening-error-21', ['health', 'parliament', 'question', 'partial_quote'], [
    `Around 48,000 women were not invited for breast screening over a period of three years because of a computer error, the health minister, Declan Fitzmaurice, told parliament on Tuesday.`,
    `“I want to apologise, on behalf of the government and the health service, to every woman affected and to their families,” Fitzmaurice said. “It should never have happened.”`,
    `He said officials estimated that between 80 and 200 women might have died earlier than they otherwise would have as a result, though he cautioned that the figures were “highly uncertain”.`,
    `The opposition’s health spokeswoman, Priya Venkataraman, said the error had been known inside the department “for at least four months” before it was made public.`,
    `“Why did it take a leak to the newspapers for the minister to come to this House?” she asked.`,
    `Fitzmaurice said he had been told only three weeks ago. An independent review will report by the end of the year.`,
  ], [
    q(`I want to apologise, on behalf of the government and the health service, to every woman affected and to their families,`, 'Declan Fitzmaurice'),
    q(`It should never have happened.`, 'Declan Fitzmaurice'),
    q(`highly uncertain`, 'Declan Fitzmaurice'),
    q(`for at least four months`, 'Priya Venkataraman'),
    q(`Why did it take a leak to the newspapers for the minister to come to this House?`, 'Priya Venkataraman'),
  ]),

  passage('f60-fatigue-clinic-22', ['health', 'present_tense', 'non_quote_quotation_marks', 'organisation_speaker'], [
    `For two years Joon-ho Park could not climb the stairs to his own bedroom. He slept on the sofa, worked from it when he could work at all, and learned to measure out his day in what he calls “spoons” of energy.`,
    `Park, a 41-year-old software tester, has post-viral fatigue syndrome. He is one of about 900 patients on the books of the specialist clinic at Wendham Park Hospital, which opened in 2021 and is now facing closure.`,
    `“The clinic was the first place where anyone believed me,” he says. “Before that I was told it was anxiety, or that I should try running.”`,
    `Dr. Olufunmilayo Bankole, the consultant who set up the clinic, says its funding was always temporary. “We were told it was a pilot. Then we were told it was a success. Then we were told there was no money to continue a success,” she says.`,
    `The local health board says patients will be “transferred to appropriate community services”. Bankole says no such services exist.`,
    `“There is nowhere for them to go,” she says.`,
  ], [
    q(`The clinic was the first place where anyone believed me,`, 'Joon-ho Park'),
    q(`Before that I was told it was anxiety, or that I should try running.`, 'Joon-ho Park'),
    q(`We were told it was a pilot. Then we were told it was a success. Then we were told there was no money to continue a success,`, 'Olufunmilayo Bankole'),
    q(`transferred to appropriate community services`, 'the local health board'),
    q(`There is nowhere for them to go,`, 'Olufunmilayo Bankole'),
  ]),

  passage('f60-phase-one-23', ['health', 'drug_trial', 'organisation_speaker', 'unnamed_source'], [
    `Four healthy volunteers were admitted to intensive care after taking part in the first human trial of an experimental anti-inflammatory drug at a research unit in Carrick Heath, the unit's operator said on Sunday.`,
    `Pellham Clinical Research said in a statement that the men, aged between 22 and 35, had developed "severe and unexpected reactions" within hours of receiving the drug on Friday. Dosing had been stopped and the country's medicines regulator informed.`,
    `"Our thoughts are with the volunteers and their families," the statement said. "We are cooperating fully with the authorities."`,
    `The brother of one of the men said he had signed up for the trial to pay off a credit card. "He was getting £2,000 for two weeks. He thought it was easy money," said the brother, who asked that neither of them be named. "Now my mother is sitting next to his bed watching a machine breathe for him."`,
    `Dr. Rahul Mehta, a clinical pharmacologist at Saint Anselm's Hospital, said first-in-human trials usually give a new drug to one volunteer at a time, several hours apart, precisely to avoid this kind of outcome.`,
    `"The question everybody will be asking is whether they dosed all four at once," he said. "If they did, that will need some explaining."`,
  ], [
    q(`severe and unexpected reactions`, 'Pellham Clinical Research'),
    q(`Our thoughts are with the volunteers and their families,`, 'Pellham Clinical Research'),
    q(`We are cooperating fully with the authorities.`, 'Pellham Clinical Research'),
    q(`He was getting £2,000 for two weeks. He thought it was easy money,`, 'brother (unnamed)'),
    q(`Now my mother is sitting next to his bed watching a machine breathe for him.`, 'brother (unnamed)'),
    q(`The question everybody will be asking is whether they dosed all four at once,`, 'Rahul Mehta'),
    q(`If they did, that will need some explaining.`, 'Rahul Mehta'),
  ]),

  passage('f60-care-home-visits-24', ['health', 'british_single_quotes', 'family', 'unnamed_source'], [
    `Relatives of residents at a care home in Pendleford have accused its owners of using infection-control rules to keep families away, months after an outbreak of norovirus there ended.`,
    `Visits to Ashcombe Lodge have been limited to 30 minutes, twice a week, by appointment only since January.`,
    `‘My dad’s got dementia. Half an hour is nothing. By the time he’s worked out who I am, they’re ringing the bell,’ said Carys Pritchard, whose father, Glyn, has lived at the home for three years.`,
    `Another relative, Ahmed Siddiqui, said the restrictions were ‘cruel and completely unnecessary’.`,
    `Brightwater Care Group, which owns the home, said the rules were ‘under active review’. A spokesman added: ‘The safety of our residents will always come first.’`,
    `The care regulator said it was aware of the complaints.`,
  ], [
    q(`My dad’s got dementia. Half an hour is nothing. By the time he’s worked out who I am, they’re ringing the bell,`, 'Carys Pritchard'),
    q(`cruel and completely unnecessary`, 'Ahmed Siddiqui'),
    q(`under active review`, 'Brightwater Care Group'),
    q(`The safety of our residents will always come first.`, 'spokesman (unnamed)'),
  ]),

  passage('f60-obit-surgeon-25', ['health', 'obituary', 'non_quote_quotation_marks', 'unnamed_source'], [
    `Dr. Amara Diallo-Fischer, a heart surgeon who performed the first infant heart transplant in Velenia and later campaigned for free surgery for children from poorer neighbouring countries, has died at 84.`,
    `Her death, at her home in Lindau-on-Sar, was confirmed by her son, Jonas Fischer, who said she had been ill for some months.`,
    `Born in the coastal town of Mbarane, she moved to Velenia at 19 to study medicine and, by her own account, was told by a professor in her first week that surgery "is not a career for a woman."`,
    `She went on to write a memoir, "Small Hearts", which became a bestseller in 1998 and was later adapted for television.`,
    `"She had the steadiest hands I have ever seen and the shortest temper," said Professor Tomasz Zieliński, who trained under her in the 1980s. "If you were late, you heard about it. If a child died, she would sit in her office alone for an hour, and then she would go and see the parents herself. Every time."`,
    `In a 2011 interview, she said she had never wanted to be called a pioneer. "I was just the one who happened to be holding the knife," she said.`,
  ], [
    q(`is not a career for a woman.`, 'professor (unnamed)'),
    q(`She had the steadiest hands I have ever seen and the shortest temper,`, 'Tomasz Zieliński'),
    q(`If you were late, you heard about it. If a child died, she would sit in her office alone for an hour, and then she would go and see the parents herself. Every time.`, 'Tomasz Zieliński'),
    q(`I was just the one who happened to be holding the knife,`, 'Amara Diallo-Fischer'),
  ]),

  passage('f60-parking-charges-26', ['health', 'local_government', 'partial_quote'], [
    `Patients and visitors at Greyhaven District Hospital will pay up to £4.50 an hour to park from next month, a rise of 50 per cent, under new charges approved by the hospital board.`,
    `The board's finance director, Nikolai Petrov, said the increase would raise about £1.2 million a year, "every penny of which goes back into patient care."`,
    `Councillor Abena Mensah called the decision "a tax on being ill."`,
    `"People visiting a dying relative should not have to keep running out to feed a meter," she said. "This board has lost touch with the community it serves."`,
    `Blue badge holders, parents of babies on the neonatal unit and patients attending for chemotherapy or dialysis will continue to park free, the hospital said.`,
  ], [
    q(`every penny of which goes back into patient care.`, 'Nikolai Petrov'),
    q(`a tax on being ill.`, 'Abena Mensah'),
    q(`People visiting a dying relative should not have to keep running out to feed a meter,`, 'Abena Mensah'),
    q(`This board has lost touch with the community it serves.`, 'Abena Mensah'),
  ]),

  passage('f60-avian-flu-27', ['health', 'outbreak', 'organisation_speaker', 'according_to'], [
    `A dairy worker in the Tallis Valley has tested positive for avian influenza, the first human case in the region, public-health officials said on Friday.`,
    `The man, who has mild eye inflammation, is recovering at home, according to the Tallis Valley Public Health Agency. "There is no evidence of person-to-person spread, and the risk to the general public remains low," the agency said.`,
    `Dr. Ingrid Halvorsen, the agency's director of health protection, said the worker's close contacts, including his wife and two children, were being monitored and had been offered antiviral medicine.`,
    `"We have been preparing for this possibility since the virus was first found in cattle in the spring," she said. "This is what surveillance is for. It found him."`,
    `Farmworker advocates said many workers were reluctant to get tested. "If you test positive you don't get paid, and a lot of these guys are on day rates," said Ramón Echeverri of the Valley Farmworkers' Union. "Fix that and people will come forward."`,
  ], [
    q(`There is no evidence of person-to-person spread, and the risk to the general public remains low,`, 'Tallis Valley Public Health Agency'),
    q(`We have been preparing for this possibility since the virus was first found in cattle in the spring,`, 'Ingrid Halvorsen'),
    q(`This is what surveillance is for. It found him.`, 'Ingrid Halvorsen'),
    q(`If you test positive you don't get paid, and a lot of these guys are on day rates,`, 'Ramón Echeverri'),
    q(`Fix that and people will come forward.`, 'Ramón Echeverri'),
  ]),

  passage('f60-ceo-resigns-28', ['health', 'unnamed_source', 'document_speaker', 'organisation_speaker'], [
    `The chief executive of Marrowby University Hospitals, Graham Whitcombe, has resigned with immediate effect, days after a leaked staff survey described a "culture of fear" on the trust's surgical wards.`,
    `In a statement, the trust's board said Whitcombe had "decided that it is in the best interests of the organisation for him to step aside" and thanked him for six years of service.`,
    `Whitcombe, who has previously denied any knowledge of bullying, did not respond to requests for comment.`,
    `Three consultants who spoke to this newspaper, all on condition of anonymity, said junior colleagues who raised concerns had been moved to other departments or had their training posts ended. "You learned very quickly to keep your head down," one said. Another described the atmosphere as "poisonous from the top."`,
    `The board's chair, Oluwaseun Adebayo-Hart, said an independent review would be published in full. "Staff need to know that it is safe to speak up here," she said.`,
  ], [
    q(`culture of fear`, 'the staff survey'),
    q(`decided that it is in the best interests of the organisation for him to step aside`, "the trust's board"),
    q(`You learned very quickly to keep your head down,`, 'consultant (unnamed)'),
    q(`poisonous from the top.`, 'consultant (unnamed)'),
    q(`Staff need to know that it is safe to speak up here,`, 'Oluwaseun Adebayo-Hart'),
  ]),

  passage('f60-out-of-area-29', ['health', 'mental_health', 'multi_paragraph_quote', 'family'], [
    `Hundreds of mentally ill patients from the Cressford region are being sent to hospitals more than 100 miles from home because there are no beds locally, figures obtained under freedom of information laws show.`,
    `Among them was 23-year-old Tomasz Nowicki, who spent seven weeks on a psychiatric ward in Port Hallam, a four-hour round trip from his family.`,
    `“We could visit him once a week, if that,” his mother, Ewa Nowicki, said. “He’d phone me at night crying, asking why nobody came. I’d tell him we were coming on Saturday, and he’d forget by the morning.`,
    `“You cannot get better in a place where you don’t know a single face. It isn’t treatment, it’s storage.”`,
    `A spokesperson for the Cressford Mental Health Partnership said out-of-area placements were “always a last resort” and that 24 new beds would open next spring.`,
    `The regional mental health minister, Sadia Qureshi, said she had asked for weekly figures. “I share the family’s frustration,” she said.`,
  ], [
    q(`We could visit him once a week, if that,`, 'Ewa Nowicki'),
    q(`He’d phone me at night crying, asking why nobody came. I’d tell him we were coming on Saturday, and he’d forget by the morning.`, 'Ewa Nowicki'),
    q(`You cannot get better in a place where you don’t know a single face. It isn’t treatment, it’s storage.`, 'Ewa Nowicki'),
    q(`always a last resort`, 'spokesperson (unnamed)'),
    q(`I share the family’s frustration,`, 'Sadia Qureshi'),
  ]),

  passage('f60-fake-clinic-30', ['health', 'non_quote_quotation_marks', 'unnamed_source'], [
    `Health inspectors have shut down a clinic in the Saltmarsh district of Corvane that was selling injections marketed as a "miracle" weight-loss treatment, after three customers were taken to hospital with dangerously low blood sugar.`,
    `The clinic, which traded as "SlimLab Aesthetics", had no registered doctor or pharmacist on its staff, according to the Corvane Health Inspectorate.`,
    `"What we found was a fridge full of unlabelled pens and a receptionist who was doing the injecting," said Chief Inspector Leilani Kahale. "Nobody there had any idea what was in them."`,
    `Tests by the inspectorate found the pens contained insulin, not the weight-loss drug customers believed they were buying.`,
    `One of the women admitted to hospital, a 29-year-old teacher, said she had paid 350 euros for a month's supply. "I thought it was a proper clinic. It had a website and everything," she said.`,
  ], [
    q(`What we found was a fridge full of unlabelled pens and a receptionist who was doing the injecting,`, 'Leilani Kahale'),
    q(`Nobody there had any idea what was in them.`, 'Leilani Kahale'),
    q(`I thought it was a proper clinic. It had a website and everything,`, 'teacher (unnamed)'),
  ]),

  passage('f60-ai-xray-31', ['health', 'present_tense', 'question', 'two_speakers'], [
    `A hospital group in Brennock has begun using artificial-intelligence software to read chest X-rays overnight, when radiologists are in short supply, and says it has already cut the time patients wait for results from 14 hours to under one.`,
    `"The software doesn't replace anybody. It puts the urgent scans at the top of the pile," said Dr. Yusuf Al-Amin, the radiologist who led the project. "A human still reads every single image."`,
    `Not everyone is convinced. Marta Lindqvist, a patient-safety campaigner whose husband died after a missed lung tumour in 2017, said she wanted to know who would be held responsible if the system got it wrong.`,
    `"When a doctor makes a mistake, there is a name. There is a person who has to answer," she said. "Who answers for an algorithm?"`,
    `Al-Amin says the answer is simple. "The hospital does," he says. "Same as now."`,
  ], [
    q(`The software doesn't replace anybody. It puts the urgent scans at the top of the pile,`, 'Yusuf Al-Amin'),
    q(`A human still reads every single image.`, 'Yusuf Al-Amin'),
    q(`When a doctor makes a mistake, there is a name. There is a person who has to answer,`, 'Marta Lindqvist'),
    q(`Who answers for an algorithm?`, 'Marta Lindqvist'),
    q(`The hospital does,`, 'Yusuf Al-Amin'),
    q(`Same as now.`, 'Yusuf Al-Amin'),
  ]),

  passage('f60-new-wing-32', ['health', 'non_quote_quotation_marks', 'no_speech'], [
    `A new children's cancer wing at Harrowgate Royal Hospital will open to patients in October, eight months later than planned, hospital managers confirmed in board papers published this week.`,
    `The 24-bed unit, which has been named "The Lighthouse" after a public vote, includes a teenage-only ward, a school room and flats where families can stay overnight.`,
    `The papers attribute the delay to problems with the building's ventilation system, which failed commissioning tests in February.`,
    `The project's budget has risen from £31 million to £38.5 million, according to the papers.`,
  ], []),

  passage('f60-malaria-vaccine-33', ['health', 'interpreter', 'outbreak', 'inverted_said'], [
    `Health workers in the Kivara highlands began giving a new malaria vaccine to children under two this week, in what officials called the biggest immunisation campaign in the country's history.`,
    `"Malaria kills more of our children than any other disease. This is the day we start to change that," the health minister, Dr. Grace Wanjiru Odhiambo, said at the launch in the town of Oloshe.`,
    `Nurse Esther Achieng, who has worked at the Oloshe health centre for 11 years, said she had lost count of the children she had seen die of the disease. "Every rainy season, the ward is full," she said. "Every rainy season, we bury some of them."`,
    `Mwajuma Salim, 24, brought her six-month-old daughter, Neema, for the first of four doses. Speaking through an interpreter, she said her older son had been admitted to hospital with malaria twice last year.`,
    `"I don't want to go through that again with her," she said.`,
    `The vaccine reduces severe malaria by about 30 per cent, according to trial data. Experts say it must be used alongside bed nets and spraying.`,
  ], [
    q(`Malaria kills more of our children than any other disease. This is the day we start to change that,`, 'Grace Wanjiru Odhiambo'),
    q(`Every rainy season, the ward is full,`, 'Esther Achieng'),
    q(`Every rainy season, we bury some of them.`, 'Esther Achieng'),
    q(`I don't want to go through that again with her,`, 'Mwajuma Salim'),
  ]),

  passage('f60-whistleblower-34', ['health', 'court', 'partial_quote', 'written_quote'], [
    `A nurse who was dismissed after raising concerns about staffing levels on a stroke ward was unfairly sacked, an employment tribunal has ruled.`,
    `Chiara Benedetti, 52, worked at Ravensholme Hospital for 17 years before she was dismissed in 2022 for what the hospital described as "gross misconduct" relating to the disclosure of patient information.`,
    `In its judgment, the tribunal found that the real reason for her dismissal was that she had repeatedly warned managers the ward was "dangerously understaffed", including in an email to the chief nurse that was copied to the regulator.`,
    `"The claimant was a conscientious nurse who did exactly what her professional code required of her," Employment Judge Harriet Okafor wrote. "She was punished for it."`,
    `Benedetti's solicitor, Daniel Rosenthal, said outside the hearing that his client "never wanted to be a whistleblower. She wanted to be a nurse."`,
    `Ravensholme Hospital said it would "reflect carefully" on the judgment.`,
  ], [
    q(`gross misconduct`, 'Ravensholme Hospital'),
    q(`dangerously understaffed`, 'Chiara Benedetti'),
    q(`The claimant was a conscientious nurse who did exactly what her professional code required of her,`, 'Harriet Okafor'),
    q(`She was punished for it.`, 'Harriet Okafor'),
    q(`never wanted to be a whistleblower. She wanted to be a nurse.`, 'Daniel Rosenthal'),
    q(`reflect carefully`, 'Ravensholme Hospital'),
  ]),

  passage('f60-eating-disorders-35', ['health', 'mental_health', 'present_tense', 'organisation_speaker'], [
    `Hospital admissions for eating disorders among teenagers in the Aldmoor region have risen by 80 per cent in five years, according to figures released by the regional health authority.`,
    `The charity Beacon Minds said the figures were “the tip of an iceberg” because most young people with eating disorders are never admitted.`,
    `“By the time someone is sick enough to be in hospital, we have already failed them,” said the charity’s chief executive, Rhiannon Pryce-Jones. “The waiting list for outpatient treatment here is seven months. Seven months is a long time when you are 14 and not eating.”`,
    `Isabelle Moreau, now 19, spent five months on an adolescent ward in 2021. Asked what would have helped her most, she doesn’t hesitate. “Being believed earlier,” she says. “I was told I looked fine. I wasn’t fine.”`,
  ], [
    q(`the tip of an iceberg`, 'Beacon Minds'),
    q(`By the time someone is sick enough to be in hospital, we have already failed them,`, 'Rhiannon Pryce-Jones'),
    q(`The waiting list for outpatient treatment here is seven months. Seven months is a long time when you are 14 and not eating.`, 'Rhiannon Pryce-Jones'),
    q(`Being believed earlier,`, 'Isabelle Moreau'),
    q(`I was told I looked fine. I wasn’t fine.`, 'Isabelle Moreau'),
  ]),

  passage('f60-wrong-knee-36', ['health', 'british_single_quotes', 'straight_single_quotes', 'non_quote_quotation_marks'], [
    `A surgeon at Westerleigh Hospital operated on the wrong knee of a 67-year-old man, in what health officials classify as a 'never event' - an error so serious it should not happen if proper safety checks are followed.`,
    `Retired postman Dennis Howarth had been due to have keyhole surgery on his left knee in August. He woke up to find a dressing on his right.`,
    `'I said to the nurse, that is the wrong leg, and she went white,' Mr Howarth said. 'Then the surgeon came round and said sorry. Fair play to him, he did say sorry.'`,
    `The hospital's medical director, Dr Shabnam Karimi, said the surgical team had not completed the 'time out' check required before every operation.`,
    `'This was a failure of our systems, not just of one individual, and we have apologised to Mr Howarth and his family,' she said. 'We are retraining all theatre staff.'`,
  ], [
    q(`I said to the nurse, that is the wrong leg, and she went white,`, 'Dennis Howarth'),
    q(`Then the surgeon came round and said sorry. Fair play to him, he did say sorry.`, 'Dennis Howarth'),
    q(`This was a failure of our systems, not just of one individual, and we have apologised to Mr Howarth and his family,`, 'Shabnam Karimi'),
    q(`We are retraining all theatre staff.`, 'Shabnam Karimi'),
  ]),

  passage('f60-hospital-funding-37', ['health', 'reactions', 'inverted_said', 'partial_quote'], [
    `The government will spend an extra 2.4 billion crowns on hospitals over the next three years, Health Minister Lukas Novotný announced on Wednesday, promising to halve the longest waits for surgery by 2027.`,
    `"This is the largest single investment in our hospitals for a generation," Novotný said. "I want every patient to know that their wait is going to get shorter."`,
    `The reaction was mixed. "It's a start, but it is two years late and about a billion short," said Dr. Hana Kovářová, president of the Association of Hospital Physicians.`,
    `The nurses' union said the money would be wasted unless staff pay was addressed. "You can build all the theatres you like. If there is nobody to work in them, they stay dark," the union's leader, Pavel Horák, said.`,
    `The opposition health spokesman, Stanislav Dvořák, described the plan as "an election promise dressed up as a policy."`,
  ], [
    q(`This is the largest single investment in our hospitals for a generation,`, 'Lukas Novotný'),
    q(`I want every patient to know that their wait is going to get shorter.`, 'Lukas Novotný'),
    q(`It's a start, but it is two years late and about a billion short,`, 'Hana Kovářová'),
    q(`You can build all the theatres you like. If there is nobody to work in them, they stay dark,`, 'Pavel Horák'),
    q(`an election promise dressed up as a policy.`, 'Stanislav Dvořák'),
  ]),

  passage('f60-dengue-38', ['health', 'outbreak', 'wire_copy', 'pronoun'], [
    `PORTO CAIMÃ — Hospitals in this river city have set up tents in their car parks to cope with a surge of dengue cases that has overwhelmed emergency departments, the municipal health secretary said on Monday.`,
    `Cases this year have passed 18,000, more than three times the total for all of last year, according to Dr. Paulo Henrique Tavares, who runs the city's health department.`,
    `He blamed an unusually hot and wet summer and a strain of the virus to which most residents have no immunity. "We have never seen numbers like this," he said. "Never. Not in the worst years."`,
    `At the tent outside the Hospital São Bento, Adriana Lopes, 38, waited with her teenage son, who had a fever of 39.5C and a rash across his chest. They had been there for five hours.`,
    `"The doctors are running. Literally running," she said. "I don't blame them. I blame whoever let the water sit in the streets for a month."`,
  ], [
    q(`We have never seen numbers like this,`, 'Paulo Henrique Tavares'),
    q(`Never. Not in the worst years.`, 'Paulo Henrique Tavares'),
    q(`The doctors are running. Literally running,`, 'Adriana Lopes'),
    q(`I don't blame them. I blame whoever let the water sit in the streets for a month.`, 'Adriana Lopes'),
  ]),

  passage('f60-maternity-review-39', ['health', 'document_speaker', 'family', 'partial_quote'], [
    `An independent review into maternity care at Holloway Cross Hospital has found that at least 19 babies might have survived had they received better care, and that mothers who raised concerns were repeatedly "dismissed, patronised or ignored."`,
    `The review, led by the retired obstetrician Dr. Margaret Oyelaran-Wills, examined 412 cases between 2015 and 2022.`,
    `"Again and again, we read of women who knew that something was wrong and said so, and were told that everything was fine," Oyelaran-Wills said at the report's launch. "Those women were right. The system was wrong."`,
    `Sophie and Callum Reid, whose daughter Isla died two days after birth in 2018, have campaigned for the review for five years.`,
    `"We were told it was one of those things," Sophie Reid said. "It wasn't one of those things. It was a midwife who wasn't listened to and a doctor who didn't come."`,
    `Her husband said the family felt "vindicated, but not relieved." Isla, he added, "is still gone."`,
  ], [
    q(`dismissed, patronised or ignored.`, 'the review'),
    q(`Again and again, we read of women who knew that something was wrong and said so, and were told that everything was fine,`, 'Margaret Oyelaran-Wills'),
    q(`Those women were right. The system was wrong.`, 'Margaret Oyelaran-Wills'),
    q(`We were told it was one of those things,`, 'Sophie Reid'),
    q(`It wasn't one of those things. It was a midwife who wasn't listened to and a doctor who didn't come.`, 'Sophie Reid'),
    q(`vindicated, but not relieved.`, 'Callum Reid'),
    q(`is still gone.`, 'Callum Reid'),
  ]),

  passage('f60-boil-notice-40', ['health', 'non_quote_quotation_marks', 'no_speech'], [
    `Residents of the Kelsey Heights and Marrin Park neighbourhoods have been told to boil tap water before drinking it after routine testing found E. coli bacteria at a pumping station.`,
    `The advisory, issued by Marrin Valley Water late on Saturday, covers about 9,000 homes and will remain in place for at least 72 hours.`,
    `Bottled water is being handed out at the Marrin Park leisure centre. The city's public-health unit has added the area to its "Boil Before You Sip" campaign page, which lists affected streets and is updated twice a day.`,
    `Anyone with diarrhoea or stomach cramps is advised to contact their doctor.`,
  ], []),

  passage('f60-locum-costs-41', ['health', 'unnamed_source', 'organisation_speaker', 'partial_quote'], [
    `A hospital in the Vestmark region paid a locum agency more than 5,000 kroner for a single overnight shift by an emergency-medicine consultant, according to invoices seen by this newspaper.`,
    `The invoices, from the agency MedCover Direct, show that Fjellvik County Hospital spent 14.3 million kroner on agency doctors in the last financial year, almost double the year before.`,
    `"We are held to ransom," said a senior manager at the hospital, who spoke on condition of anonymity. "If we don't pay, the emergency department doesn't open. The agencies know that."`,
    `MedCover Direct said its rates "reflect the market" and that it had "kept hospitals open that would otherwise have closed."`,
    `The regional health director, Sigrid Aalto, said a cap on agency rates would come into force in January. "The days of paying whatever is asked are over," she said.`,
  ], [
    q(`We are held to ransom,`, 'senior manager (unnamed)'),
    q(`If we don't pay, the emergency department doesn't open. The agencies know that.`, 'senior manager (unnamed)'),
    q(`reflect the market`, 'MedCover Direct'),
    q(`kept hospitals open that would otherwise have closed.`, 'MedCover Direct'),
    q(`The days of paying whatever is asked are over,`, 'Sigrid Aalto'),
  ]),

  passage('f60-helpline-42', ['health', 'mental_health', 'present_tense', 'nickname_in_quote'], [
    `The Nightwatch helpline, set up in a church basement in Carrow by a retired psychiatric nurse 30 years ago, answered its two millionth call this month.`,
    `Its founder, Winifred Adjei-Boateng, now 88, still visits the call centre once a week. “I thought we would get ten calls a night,” she says. “Ten! The first night we had forty, and I knew we had found something that was missing.”`,
    `Volunteer Daniel Okoro, 26, takes calls two nights a week after his shifts at a warehouse. He says Adjei-Boateng trained him herself.`,
    `“She told us the most important thing is to stop talking and let them talk,” he says. “Winnie is the reason I do this.”`,
    `The helpline receives no government funding. The regional health department said it was “exploring options” for supporting it.`,
  ], [
    q(`I thought we would get ten calls a night,`, 'Winifred Adjei-Boateng'),
    q(`Ten! The first night we had forty, and I knew we had found something that was missing.`, 'Winifred Adjei-Boateng'),
    q(`She told us the most important thing is to stop talking and let them talk,`, 'Daniel Okoro'),
    q(`Winnie is the reason I do this.`, 'Daniel Okoro'),
    q(`exploring options`, 'the regional health department'),
  ]),
];
