// The own set's forty-first part ("fresh 40"): written by a second author during the twentieth session, without reading the engine's rules, its tests or any other part's passages, so it is measured on text its author never saw. It covers crime, courts and policing: trials, sentencing, inquests, police statements, indictments and complaints, victims' families, lawyers, appeals, prisons. Measured only. Same gold conventions as passages.ts. People, places and organisations are made up.
import type { GoldItem } from '../dev-metrics';
import { passage, q } from './passages';

export const ownSetFresh40: GoldItem[] = [
  passage('f40-heat-death-verdict-01', ['us_wire', 'title_before_name', 'pronoun_speaker', 'trial'], [
    `HARLOW, Okla. (AP) — A Harlow County jury on Thursday convicted a former youth football coach of manslaughter in the 2022 death of a 17-year-old player who collapsed during a summer practice in triple-digit heat.`,
    `Dwayne Ostrander, 46, showed no reaction as the verdict was read. He faces up to 15 years in prison when he is sentenced in March.`,
    `"This was never about a single bad afternoon," Assistant District Attorney Lucía Barrientos told reporters outside the courthouse. "It was about a pattern of ignoring warning signs, and the jury saw that."`,
    `Ostrander's attorney, Merritt Kaye, said he would appeal. "We respect the jury's work, but we believe the judge should never have let the jury hear about incidents from other seasons," Kaye said.`,
    `The player's mother, Antoinette Wilkes, clutched a framed photograph of her son as she left the courtroom.`,
    `"I got my answer today," she said. "I didn't get my boy back."`,
  ], [
    q(`This was never about a single bad afternoon,`, 'Lucía Barrientos'),
    q(`It was about a pattern of ignoring warning signs, and the jury saw that.`, 'Lucía Barrientos'),
    q(`We respect the jury's work, but we believe the judge should never have let the jury hear about incidents from other seasons,`, 'Merritt Kaye'),
    q(`I got my answer today,`, 'Antoinette Wilkes'),
    q(`I didn't get my boy back.`, 'Antoinette Wilkes'),
  ]),

  passage('f40-roofing-fraud-jailed-02', ['british_single_quotes', 'curly_quotes', 'colon_cue', 'quote_only_paragraph', 'unnamed_source', 'sentencing'], [
    `A man who ran a bogus roofing business that targeted elderly homeowners across three counties has been jailed for six years.`,
    `Gareth Pennock, 52, of Stourleigh, admitted 14 counts of fraud at Wexcombe Crown Court after prosecutors showed he had taken more than £210,000 from 23 victims, the oldest of them 94.`,
    `Sentencing him, Judge Harriet Okonjo said: ‘You chose your victims precisely because they lived alone and because you judged that they would be too frightened or too ashamed to complain.’`,
    `‘That is not opportunism. It is predation, and the sentence must reflect it.’`,
    `In a statement read to the court, the daughter of one victim said her father had stopped answering the door after the visits. ‘He was a man who used to talk to everybody,’ she said. ‘Now he keeps the curtains shut all day.’`,
    `Detective Constable Ravi Sandhu, of Wexcombeshire Police, said after the hearing: ‘We would urge anyone who is approached by a cold caller offering building work to say no, shut the door and call us.’`,
  ], [
    q(`You chose your victims precisely because they lived alone and because you judged that they would be too frightened or too ashamed to complain.`, 'Harriet Okonjo'),
    q(`That is not opportunism. It is predation, and the sentence must reflect it.`, 'Harriet Okonjo'),
    q(`He was a man who used to talk to everybody,`, 'daughter of one victim (unnamed)'),
    q(`Now he keeps the curtains shut all day.`, 'daughter of one victim (unnamed)'),
    q(`We would urge anyone who is approached by a cold caller offering building work to say no, shut the door and call us.`, 'Ravi Sandhu'),
  ]),

  passage('f40-carrowmere-inquest-03', ['british', 'inquest', 'partial_quote', 'prisons', 'role_reference', 'colon_cue'], [
    `An inquest has heard that a 31-year-old prisoner who died at HMP Carrowmere had told staff the night before that he "could not go on", but was not placed on constant observation.`,
    `Kieran Moffatt was found unresponsive in his cell on the morning of 9 April last year and was pronounced dead in hospital two hours later.`,
    `Prison officer Denise Yardley told the hearing at Carrowmere Coroner's Court that she had passed his remarks on to a supervisor. "I wrote it in the log and I told the senior officer on shift," she said. "I assumed that would be acted on."`,
    `The senior officer, Malcolm Treece, said he had no recollection of the conversation. Asked by the family's barrister, Priya Venkataraman, whether he had read the log that night, he replied: "I can't say for certain that I did."`,
    `The coroner, Dr Alasdair Fenwick, said the inquest would examine "the whole chain of communication, not just the last link in it".`,
    `The hearing continues.`,
  ], [
    q(`could not go on`, 'Kieran Moffatt'),
    q(`I wrote it in the log and I told the senior officer on shift,`, 'Denise Yardley'),
    q(`I assumed that would be acted on.`, 'Denise Yardley'),
    q(`I can't say for certain that I did.`, 'Malcolm Treece'),
    q(`the whole chain of communication, not just the last link in it`, 'Alasdair Fenwick'),
  ]),

  passage('f40-nightclub-shooting-arrests-04', ['us_wire', 'organisation_speaker', 'unnamed_source', 'partial_quote', 'police_statement'], [
    `PORT DELACROIX, La. (AP) — Police said Sunday that they had arrested two men in connection with a shooting outside a downtown nightclub that left one person dead and four others wounded.`,
    `"Investigators worked through the night to identify those responsible, and we believe both men now in custody were directly involved," the Port Delacroix Police Department said in a statement.`,
    `The department did not release the suspects' names, citing an ongoing investigation. A police official who spoke on condition of anonymity because he was not authorized to discuss the case said the shooting appeared to stem from "a dispute that started inside the club over something very small."`,
    `Mayor Celestine Arbogast said the city would increase patrols in the entertainment district. "People should be able to go out on a Saturday night without wondering whether they'll come home," she said.`,
    `The club's owner, Renaud Pichette, said his staff had called 911 as soon as the argument spilled onto the street. "My people did everything right," he said. "I'm heartbroken for these families."`,
  ], [
    q(`Investigators worked through the night to identify those responsible, and we believe both men now in custody were directly involved,`, 'the Port Delacroix Police Department'),
    q(`a dispute that started inside the club over something very small.`, 'police official (unnamed)'),
    q(`People should be able to go out on a Saturday night without wondering whether they'll come home,`, 'Celestine Arbogast'),
    q(`My people did everything right,`, 'Renaud Pichette'),
    q(`I'm heartbroken for these families.`, 'Renaud Pichette'),
  ]),

  passage('f40-hospital-refund-indictment-05', ['us_wire', 'document_speaker', 'partial_quote', 'organisation_speaker', 'indictment'], [
    `A federal grand jury in Tallis has indicted the former finance director of a regional hospital chain on charges that she diverted nearly $4 million in patient billing refunds into accounts she controlled.`,
    `The 22-count indictment, unsealed Tuesday, accuses Marisol Quintanar-Ellery, 58, of creating "a shadow refund system" at Bellwether Health Partners between 2017 and 2023. It alleges she used the money to buy two vacation properties and "to fund a lifestyle far beyond her salary."`,
    `"Refunds owed to patients are not a slush fund," U.S. Attorney Desmond Achterberg said in a news release. "When someone in a position of trust treats them that way, we will hold them accountable."`,
    `Quintanar-Ellery's lawyer, Howard Binyamin, said his client "categorically denies" the charges and looks forward to contesting them at trial.`,
    `Bellwether said in a statement that it had "cooperated fully with investigators from the first day" and had already repaid affected patients.`,
  ], [
    q(`a shadow refund system`, 'the indictment'),
    q(`to fund a lifestyle far beyond her salary.`, 'the indictment'),
    q(`Refunds owed to patients are not a slush fund,`, 'Desmond Achterberg'),
    q(`When someone in a position of trust treats them that way, we will hold them accountable.`, 'Desmond Achterberg'),
    q(`categorically denies`, 'Howard Binyamin'),
    q(`cooperated fully with investigators from the first day`, 'Bellwether Health Partners'),
  ]),

  passage('f40-operation-lantern-06', ['british', 'headline', 'non_quote_quotation_marks', 'no_quotes', 'police_operation'], [
    `'Operation Lantern' nets 40 arrests in county lines crackdown`,
    `Officers from four forces made 40 arrests and seized drugs worth an estimated £1.3 million during a week of raids under Operation Lantern, a joint effort against so-called "county lines" drug networks.`,
    `Among those detained was a 29-year-old man whom police believe to be the figure known on the street as "Tiger", whom officers had been seeking for more than a year.`,
    `The operation follows the broadcast of the Northvale Television documentary "Lines of Supply", which prompted questions in Parliament about the exploitation of teenagers as couriers.`,
    `Those arrested will appear before Kestrelford Magistrates' Court over the coming fortnight.`,
  ], []),

  passage('f40-knife-cross-examination-07', ['us', 'transcript', 'alternating_turns', 'quote_only_paragraph', 'cue_before_name', 'trial'], [
    `Under cross-examination on the fourth day of Trevor Lindqvist's murder trial, the lead detective conceded that no photographs were taken of the kitchen before forensic technicians arrived.`,
    `"Detective, you didn't take any photographs before the technicians got there, did you?" asked Felix Garrow, Lindqvist's attorney.`,
    `"No. That wasn't my role," replied Detective Sergeant Ama Boateng-Reyes.`,
    `"So we only have your word for where the knife was lying when you first walked in."`,
    `"You have my word and my notes, which I wrote at the scene."`,
    `Judge Evelyn Marchetti then told Garrow to move on. "Counsel, you've made the point," she said.`,
  ], [
    q(`Detective, you didn't take any photographs before the technicians got there, did you?`, 'Felix Garrow'),
    q(`No. That wasn't my role,`, 'Ama Boateng-Reyes'),
    q(`So we only have your word for where the knife was lying when you first walked in.`, 'Felix Garrow'),
    q(`You have my word and my notes, which I wrote at the scene.`, 'Ama Boateng-Reyes'),
    q(`Counsel, you've made the point,`, 'Evelyn Marchetti'),
  ]),

  passage('f40-tarrant-bay-downgrade-08', ['australian', 'pronoun_speaker', 'two_same_gender_speakers', 'partial_quote', 'victims_family'], [
    `The mother of a Tarrant Bay teenager killed by a hit-and-run driver has criticised the decision to downgrade the charge against the man accused of causing his death.`,
    `Sharon Mulvaney said she learned only on Friday that prosecutors had withdrawn a charge of culpable driving causing death against Bradley Fenech, 34, and replaced it with a lesser count of failing to stop after a collision.`,
    `"Nobody rang me. I found out from a journalist," Ms Mulvaney said outside Tarrant Bay Magistrates Court.`,
    `Her lawyer, Teresa Ng, said the family had written to the Director of Public Prosecutions asking for the decision to be reviewed. Ms Ng said the police brief of evidence had been "substantially complete" for months, and the decision was "extraordinary" given the strength of the CCTV footage.`,
    `Ms Mulvaney said her son, Josh, had been riding home from a part-time job at a bakery when he was struck in June last year. The family's complaint to the DPP, drafted by Ms Ng and sent on Monday, runs to 11 pages.`,
    `"I kissed him goodbye that afternoon and told him to text me when he got home," she said.`,
    `A spokeswoman for the Office of Public Prosecutions said it did not comment on individual decisions while matters were before the court.`,
  ], [
    q(`Nobody rang me. I found out from a journalist,`, 'Sharon Mulvaney'),
    q(`substantially complete`, 'Teresa Ng'),
    q(`extraordinary`, 'Teresa Ng'),
    q(`I kissed him goodbye that afternoon and told him to text me when he got home,`, 'Sharon Mulvaney'),
  ]),

  passage('f40-borehole-fraud-adjourned-09', ['nigerian_english', 'partial_quote', 'colon_cue', 'role_reference', 'trial'], [
    `A Federal High Court sitting in Okpara on Wednesday adjourned till March 14 the trial of a former director in the Ministry of Water Resources, Mr Ikechukwu Nwachinemere, who is standing trial on an 11-count charge bordering on fraud and money laundering.`,
    `The defendant is being prosecuted by the Federal Anti-Graft Bureau, which alleges that he diverted N1.2 billion meant for borehole projects in 40 rural communities.`,
    `At the resumed hearing, counsel to the bureau, Mr Abdulrahman Lawal-Oyedeji, told the court that the prosecution had three more witnesses to call. "My lord, the witnesses are available but one of them was involved in a road accident on his way to Okpara yesterday, and we are asking for a short date," he said.`,
    `Counsel to the defendant, Chief Emeka Obiora-Danjuma (SAN), did not oppose the application but urged the court to "put an end to this pattern of adjournments", noting that his client had been standing trial since 2021.`,
    `In her ruling, Justice Folasade Ikwuemesi granted the adjournment but warned that "the court will not entertain any further adjournment at the instance of the prosecution".`,
    `Speaking to journalists after the proceedings, the defendant's younger brother, Mr Chibuzor Nwachinemere, said the family remained confident. "Our brother is innocent and the truth will come out. We are only tired of coming to court," he said.`,
    `The bureau's spokesman, Mr Dele Okonkwo-Bassey, in a statement on Wednesday evening, said: "The bureau remains committed to the diligent prosecution of this case and all cases involving public funds."`,
  ], [
    q(`My lord, the witnesses are available but one of them was involved in a road accident on his way to Okpara yesterday, and we are asking for a short date,`, 'Abdulrahman Lawal-Oyedeji'),
    q(`put an end to this pattern of adjournments`, 'Emeka Obiora-Danjuma'),
    q(`the court will not entertain any further adjournment at the instance of the prosecution`, 'Folasade Ikwuemesi'),
    q(`Our brother is innocent and the truth will come out. We are only tired of coming to court,`, 'Chibuzor Nwachinemere'),
    q(`The bureau remains committed to the diligent prosecution of this case and all cases involving public funds.`, 'Dele Okonkwo-Bassey'),
  ]),

  passage('f40-kisiriri-custody-death-10', ['kenyan_english', 'cue_before_name', 'long_title', 'partial_quote', 'victims_family', 'colon_cue'], [
    `The family of a boda boda rider who died in police custody in Kisiriri town has demanded that the officers who arrested him be charged with murder.`,
    `Samson Otieno Wekesa, 27, was arrested on the night of January 3 for allegedly flouting curfew rules and was found dead in a cell at Kisiriri Police Station the following morning.`,
    `"They told us he hanged himself with his shirt. But when we saw the body, his face was swollen and he had wounds on his wrists," said his elder sister, Mercy Akinyi Wekesa.`,
    `Kisiriri Sub-County Police Commander Jared Kiprono Langat said the matter had been reported to the Policing Accountability Authority, which has since taken over investigations. "We are not going to interfere with the process. Any officer found culpable will face the law," Mr Langat told journalists on Monday.`,
    `A post-mortem examination conducted on Saturday by a government pathologist in the presence of the family's pathologist found that Wekesa died of "blunt force trauma to the head", the family's lawyer, Bernard Onyango Ochieng, said.`,
    `"This was not a suicide. Those officers must carry their own cross," Mr Ochieng said.`,
    `The authority's chairperson, Ms Halima Abdi Noor, said in a statement: "We have deployed a team of investigators to Kisiriri and we urge anyone who witnessed the arrest to come forward."`,
  ], [
    q(`They told us he hanged himself with his shirt. But when we saw the body, his face was swollen and he had wounds on his wrists,`, 'Mercy Akinyi Wekesa'),
    q(`We are not going to interfere with the process. Any officer found culpable will face the law,`, 'Jared Kiprono Langat'),
    q(`blunt force trauma to the head`, 'Bernard Onyango Ochieng'),
    q(`This was not a suicide. Those officers must carry their own cross,`, 'Bernard Onyango Ochieng'),
    q(`We have deployed a team of investigators to Kisiriri and we urge anyone who witnessed the arrest to come forward.`, 'Halima Abdi Noor'),
  ]),

  passage('f40-sonapur-bail-order-11', ['indian_english', 'partial_quote', 'role_reference', 'unnamed_source', 'legal_submission'], [
    `Justice Meenakshi Raghunathan of the High Court of Sonapur on Tuesday granted bail to a 24-year-old engineering student arrested for allegedly circulating morphed images of a woman classmate, observing that "continued incarceration serves no purpose when the investigation is complete".`,
    `The accused, Aditya Venkatesh Shenoy, was arrested by the Sonapur cyber crime police on January 9 and has been in judicial custody since.`,
    `Appearing for the accused, senior advocate Rohit Malhotra-Iyer submitted that his client had "no criminal antecedents" and had cooperated with the investigation. "The petitioner is a student in his final semester. He is not going to flee," he argued.`,
    `Opposing the plea, Additional Public Prosecutor Shabnam Qureshi contended that the accused could influence witnesses, most of whom were his classmates. "The complainant is still attending the same college. Her safety is a relevant consideration, my lady," she submitted.`,
    `The bench, however, imposed a condition that the accused shall not enter the college campus until the trial concludes. "Liberty is the rule, but it comes with responsibility," the judge said in the order.`,
    `The complainant's father told this newspaper that the family would approach the Supreme Court. "We have lost faith that she is safe in that city," he said.`,
  ], [
    q(`continued incarceration serves no purpose when the investigation is complete`, 'Meenakshi Raghunathan'),
    q(`no criminal antecedents`, 'Rohit Malhotra-Iyer'),
    q(`The petitioner is a student in his final semester. He is not going to flee,`, 'Rohit Malhotra-Iyer'),
    q(`The complainant is still attending the same college. Her safety is a relevant consideration, my lady,`, 'Shabnam Qureshi'),
    q(`Liberty is the rule, but it comes with responsibility,`, 'Meenakshi Raghunathan'),
    q(`We have lost faith that she is safe in that city,`, "complainant's father (unnamed)"),
  ]),

  passage('f40-kwamasizi-housing-bail-12', ['south_african', 'partial_quote', 'quote_about_other', 'long_title', 'bail'], [
    `The Lwandle Magistrate's Court has postponed the bail application of three former municipal officials accused of stealing more than R18-million meant for a housing project in the township of KwaMasizi.`,
    `Sipho Dlamini-Mthembu, 49, Nomvula Khanye, 41, and Pieter van Heerden, 55, face charges of fraud, corruption and money laundering.`,
    `Regional Prosecuting Directorate spokesperson Lindiwe Mokoena said the State would oppose bail. "The accused are facing schedule 5 offences and they have the means and the connections to interfere with witnesses," Mokoena said.`,
    `Outside court, about 200 residents sang and waved placards. Community leader Thabo Ngcukana said some families had been on the housing waiting list since 2009. "Our grandmothers have died waiting for these houses, and these people were driving German cars," he said.`,
    `Van Heerden's attorney, Annelie Roos, said her client would "vigorously oppose" the State's version and intended to plead not guilty. "My client was a junior official who signed what he was told to sign," she said.`,
    `The matter was postponed to 12 March.`,
  ], [
    q(`The accused are facing schedule 5 offences and they have the means and the connections to interfere with witnesses,`, 'Lindiwe Mokoena'),
    q(`Our grandmothers have died waiting for these houses, and these people were driving German cars,`, 'Thabo Ngcukana'),
    q(`vigorously oppose`, 'Annelie Roos'),
    q(`My client was a junior official who signed what he was told to sign,`, 'Annelie Roos'),
  ]),

  passage('f40-aldous-parole-denied-13', ['canadian', 'document_speaker', 'organisation_speaker', 'partial_quote', 'victims_family', 'quote_about_other'], [
    `The federal Conditional Release Board has denied day parole to a man serving a life sentence for the 2006 killing of a gas station clerk in Aldous, Man., saying he still "minimizes his role" in the crime.`,
    `Gordon Ferrier, now 41, was 23 when he and an accomplice robbed a gas bar on Highway 10 and shot Navdeep Gill, a 19-year-old university student working the night shift.`,
    `"While you have completed programming and your institutional behaviour has improved, the board is not satisfied that you understand the factors that led to your offending," the board wrote in its decision, which was obtained by the Prairie Ledger.`,
    `Gill's father, Harjinder Gill, read a victim impact statement at the hearing by video link from Ontario.`,
    `"Every parole hearing, I have to sit and watch the man who took my son ask for his freedom," he said. "Navdeep never got to ask for anything."`,
    `Ferrier told the board he was "not the same person" who walked into the store that night. He will be eligible to apply again in one year.`,
  ], [
    q(`minimizes his role`, 'the Conditional Release Board'),
    q(`While you have completed programming and your institutional behaviour has improved, the board is not satisfied that you understand the factors that led to your offending,`, 'the Conditional Release Board'),
    q(`Every parole hearing, I have to sit and watch the man who took my son ask for his freedom,`, 'Harjinder Gill'),
    q(`Navdeep never got to ask for anything.`, 'Harjinder Gill'),
    q(`not the same person`, 'Gordon Ferrier'),
  ]),

  passage('f40-public-defender-feature-14', ['us_feature', 'present_tense_says', 'historical_quote', 'quote_about_other', 'colon_cue', 'unnamed_source'], [
    `On a gray Tuesday morning, Rosalind Achebe-Hart has 31 files stacked on the passenger seat of her hatchback. By lunchtime she will have stood next to 12 of those clients in Courtroom 4B of the Vandermeer County Justice Center.`,
    `"People think public defenders are the lawyers who couldn't get a real job," Achebe-Hart says, balancing a coffee on the roof of the car. "I turned down a real job. Two of them."`,
    `She joined the county public defender's office in 2009, six years after her younger brother, Curtis, was sentenced to 20 years for a robbery in which no one was hurt. She still remembers what his court-appointed lawyer told the family in the hallway afterward: "That's a good result. He could have gotten life."`,
    `"I remember thinking, good for whom?" she says.`,
    `Her supervisor, chief public defender Tomasz Wierzbicki, says the office's lawyers each carry roughly twice the caseload recommended by national standards. "Rosalind is the one people call when they're drowning," he says. "She never tells anyone she's drowning too."`,
    `The county commission will vote next month on a budget that would add eight attorney positions.`,
  ], [
    q(`People think public defenders are the lawyers who couldn't get a real job,`, 'Rosalind Achebe-Hart'),
    q(`I turned down a real job. Two of them.`, 'Rosalind Achebe-Hart'),
    q(`That's a good result. He could have gotten life.`, 'court-appointed lawyer (unnamed)'),
    q(`I remember thinking, good for whom?`, 'Rosalind Achebe-Hart'),
    q(`Rosalind is the one people call when they're drowning,`, 'Tomasz Wierzbicki'),
    q(`She never tells anyone she's drowning too.`, 'Tomasz Wierzbicki'),
  ]),

  passage('f40-interrogation-appeal-15', ['us_wire', 'appeal', 'written_opinion', 'partial_quote', 'unnamed_source'], [
    `A divided state appeals court on Friday overturned the murder conviction of a Ridgefield man, ruling that detectives violated his rights by continuing to question him after he asked for a lawyer.`,
    `In a 2-1 decision, the Fourth District Court of Appeal ordered a new trial for Andre Castellanos-Boyd, who was convicted in 2019 of killing a neighbor during an argument over a parking space.`,
    `"When a suspect tells detectives he thinks he needs a lawyer, the questioning must stop. It did not stop here," Judge Miriam Tolliver wrote for the majority.`,
    `The videotaped interrogation shows Castellanos-Boyd saying "I think I need a lawyer" about 40 minutes into the interview. A detective responds that he can "get a lawyer later" and keeps asking questions for two more hours.`,
    `In a dissent, Judge Raymond Okafor-Lind argued that the remark was "equivocal at best" and that the detectives had acted reasonably. "The majority converts a passing thought into a bright-line demand," he wrote.`,
    `The attorney general's office said it was reviewing the ruling. Castellanos-Boyd's appellate attorney, Naomi Sterling-Fox, called it "a reminder that the Constitution applies in the interview room, too."`,
  ], [
    q(`When a suspect tells detectives he thinks he needs a lawyer, the questioning must stop. It did not stop here,`, 'Miriam Tolliver'),
    q(`I think I need a lawyer`, 'Andre Castellanos-Boyd'),
    q(`get a lawyer later`, 'detective (unnamed)'),
    q(`equivocal at best`, 'Raymond Okafor-Lind'),
    q(`The majority converts a passing thought into a bright-line demand,`, 'Raymond Okafor-Lind'),
    q(`a reminder that the Constitution applies in the interview room, too.`, 'Naomi Sterling-Fox'),
  ]),

  passage('f40-halvergate-inspection-16', ['british_single_quotes', 'straight_quotes', 'document_speaker', 'unnamed_source', 'prisons', 'colon_cue'], [
    `Inmates at Halvergate prison are spending up to 23 hours a day locked in their cells, and some wings are so short of staff that showers are offered only twice a week, according to a damning report by the prisons inspectorate.`,
    `The report, published on Thursday after an unannounced inspection in October, describes conditions on two wings as 'squalid' and says the jail is 'failing in its most basic duty to keep people safe'.`,
    `The chief inspector of prisons, Declan Fairweather, said: 'I have visited a great many prisons in difficulty, but I cannot recall a jail where so many men told us they were afraid to leave their cells.'`,
    `One prisoner told inspectors: 'You keep your head down and your door shut. That's how you survive in here.'`,
    `The Prison Service said a new governor had been appointed and 40 additional officers would arrive by the spring. 'We accept the inspectorate's findings in full and are taking urgent action,' a spokesperson said.`,
    `Mark Oyelaran, of the campaign group Justice Behind Walls, said the report should be 'a line in the sand'. 'Ministers have read reports like this for a decade and done nothing,' he said.`,
  ], [
    q(`squalid`, 'the report'),
    q(`failing in its most basic duty to keep people safe`, 'the report'),
    q(`I have visited a great many prisons in difficulty, but I cannot recall a jail where so many men told us they were afraid to leave their cells.`, 'Declan Fairweather'),
    q(`You keep your head down and your door shut. That's how you survive in here.`, 'prisoner (unnamed)'),
    q(`We accept the inspectorate's findings in full and are taking urgent action,`, 'Prison Service spokesperson (unnamed)'),
    q(`a line in the sand`, 'Mark Oyelaran'),
    q(`Ministers have read reports like this for a decade and done nothing,`, 'Mark Oyelaran'),
  ]),

  passage('f40-grocery-clerk-sentence-17', ['us_wire', 'headline', 'quote_about_other', 'victims_family', 'sentencing'], [
    `Man gets 40 years for killing of "gentle" grocery clerk`,
    `MILLBROOK, Ind. (AP) — A man who fatally shot a grocery store clerk during a robbery that netted $212 was sentenced Monday to 40 years in prison.`,
    `Kenton Rask, 24, pleaded guilty in October to murder in the death of Julian Esparza-Whitfield, 61, who had worked at the Fairway Market on Seventh Street for nearly three decades.`,
    `"Julian was the gentlest man I have ever known. He gave kids free candy when their parents weren't looking," the victim's sister, Yolanda Esparza, told the court before the sentence was handed down.`,
    `Rask, wearing an orange jail jumpsuit, turned to face the family. "I'm sorry. I know that doesn't fix anything," he said.`,
    `Judge Bernard Quaile said the video of the shooting, which showed the clerk raising his hands before he was shot, was among the hardest things he had seen in 18 years on the bench. "Mr. Esparza-Whitfield did everything you asked of him," Quaile told Rask.`,
    `Outside the courthouse, Esparza said the family would hold a vigil at the store on what would have been her brother's 62nd birthday. "He'd want the lights on," she said.`,
  ], [
    q(`Julian was the gentlest man I have ever known. He gave kids free candy when their parents weren't looking,`, 'Yolanda Esparza'),
    q(`I'm sorry. I know that doesn't fix anything,`, 'Kenton Rask'),
    q(`Mr. Esparza-Whitfield did everything you asked of him,`, 'Bernard Quaile'),
    q(`He'd want the lights on,`, 'Yolanda Esparza'),
  ]),

  passage('f40-boundary-ditch-manslaughter-18', ['irish', 'curly_quotes', 'partial_quote', 'non_quote_quotation_marks', 'pronoun_speaker', 'sentencing'], [
    `A Co Rathmoyle farmer who killed his neighbour in a row over a boundary ditch has been jailed for eight years at the Central Criminal Court.`,
    `Declan Furlong (63), of Ballykeeran, Co Rathmoyle, had pleaded not guilty to murdering Patrick “Packie” Nolan (58) but was found guilty of manslaughter by a jury last month.`,
    `Ms Justice Úna Breathnach said the case was “a tragedy born of a dispute that should have been settled over a cup of tea, or at worst in the District Court”.`,
    `She said Mr Furlong had shown “genuine remorse” and had no previous convictions, but that a man had lost his life and the sentence had to mark that.`,
    `In a victim impact statement, Mr Nolan’s widow, Bríd Nolan, said her husband had been “the kind of man who would pull your car out of a ditch at two in the morning and never mention it again”.`,
    `“I don’t hate Declan,” she said in the statement, which was read to the court by prosecuting counsel Ciarán Mac Giolla Rua SC. “I just don’t understand him.”`,
    `In a statement after the hearing, gardaí in Rathmoyle said they hoped the sentence would “bring some measure of closure to the Nolan family”.`,
  ], [
    q(`a tragedy born of a dispute that should have been settled over a cup of tea, or at worst in the District Court`, 'Úna Breathnach'),
    q(`genuine remorse`, 'Úna Breathnach'),
    q(`the kind of man who would pull your car out of a ditch at two in the morning and never mention it again`, 'Bríd Nolan'),
    q(`I don’t hate Declan,`, 'Bríd Nolan'),
    q(`I just don’t understand him.`, 'Bríd Nolan'),
    q(`bring some measure of closure to the Nolan family`, 'gardaí in Rathmoyle'),
  ]),

  passage('f40-cold-trail-podcast-19', ['us', 'non_quote_quotation_marks', 'no_quotes', 'titles', 'nickname', 'bill_name'], [
    `Twenty years after the disappearance of Kayla Brennan-Oduya, the case that inspired the hit podcast "Cold Trail" is heading back to court.`,
    `Prosecutors in Sutter Falls filed a motion Wednesday seeking new DNA testing on a jacket found near the reservoir in 2004, weeks after a man once dubbed the "Reservoir Ghost" by local tabloids was named a person of interest.`,
    `Brennan-Oduya's mother, Patrice, has spent the past decade campaigning for "Kayla's Law," a bill that would require police to enter missing-persons reports into a statewide database within 24 hours. The measure passed the state Senate last spring and awaits a vote in the House.`,
    `A hearing on the motion is set for Feb. 9.`,
  ], []),

  passage('f40-greywater-bodycam-presser-20', ['us_wire', 'press_conference', 'role_reference', 'unnamed_source', 'question_quote'], [
    `GREYWATER, Ohio (AP) — The police chief of Greywater defended his officers on Tuesday after body-camera footage showed a 15-year-old boy being pinned to the ground outside a convenience store during an arrest that turned out to be a case of mistaken identity.`,
    `"Our officers were responding to a report of an armed robbery, and they had a description that matched this young man," Chief Lawrence Adebayo-Kirk said at a news conference. "That does not make what happened to him acceptable, and I have said so to his family."`,
    `Asked whether the officers involved had been placed on leave, Adebayo-Kirk said they had been reassigned to desk duty pending an internal review.`,
    `"Are you saying they followed policy?" one reporter asked.`,
    `"I'm saying I'm not going to prejudge the review," the chief replied. "If they didn't follow policy, there will be consequences."`,
    `The boy's father, Marcus Delacroix-Shaw, watched the news conference from the back of the room. Afterward, he said his son had not slept properly since the incident. "He keeps asking me what he did wrong," Delacroix-Shaw said. "I don't have an answer for him."`,
  ], [
    q(`Our officers were responding to a report of an armed robbery, and they had a description that matched this young man,`, 'Lawrence Adebayo-Kirk'),
    q(`That does not make what happened to him acceptable, and I have said so to his family.`, 'Lawrence Adebayo-Kirk'),
    q(`Are you saying they followed policy?`, 'reporter (unnamed)'),
    q(`I'm saying I'm not going to prejudge the review,`, 'Lawrence Adebayo-Kirk'),
    q(`If they didn't follow policy, there will be consequences.`, 'Lawrence Adebayo-Kirk'),
    q(`He keeps asking me what he did wrong,`, 'Marcus Delacroix-Shaw'),
    q(`I don't have an answer for him.`, 'Marcus Delacroix-Shaw'),
  ]),

  passage('f40-treasurer-acquittal-foreperson-21', ['us', 'split_cue', 'long_appositive', 'partial_quote', 'trial'], [
    `The jury that acquitted former Castlerock city treasurer Dolores Whitcombe of embezzlement deliberated for four days and took eleven votes before reaching a unanimous verdict, the panel's foreperson said Thursday.`,
    `"We tried," said the foreperson, Geneviève Arsenault, a retired schoolteacher, "but every time we went back to the bank records, there was a gap the prosecution never filled."`,
    `Arsenault said that at the first vote, seven jurors favored conviction. "People came in with their minds half made up because of what they'd read," she said. "By the end, we were looking only at the exhibits."`,
    `Whitcombe, 67, had been accused of taking about $380,000 from city accounts over six years. Her attorney, Lionel Brathwaite, said the verdict was "a vindication of a woman who gave 30 years to that city."`,
    `District Attorney Sandra Kowalczyk said she respected the verdict. "Juries are the conscience of the community," Kowalczyk said, "and this jury has spoken."`,
  ], [
    q(`We tried,`, 'Geneviève Arsenault'),
    q(`but every time we went back to the bank records, there was a gap the prosecution never filled.`, 'Geneviève Arsenault'),
    q(`People came in with their minds half made up because of what they'd read,`, 'Geneviève Arsenault'),
    q(`By the end, we were looking only at the exhibits.`, 'Geneviève Arsenault'),
    q(`a vindication of a woman who gave 30 years to that city.`, 'Lionel Brathwaite'),
    q(`Juries are the conscience of the community,`, 'Sandra Kowalczyk'),
    q(`and this jury has spoken.`, 'Sandra Kowalczyk'),
  ]),

  passage('f40-jail-restraint-lawsuit-22', ['us', 'document_speaker', 'partial_quote', 'cue_before_name', 'complaint'], [
    `The family of a man who died after being restrained by jail deputies in Corliss County has filed a federal wrongful-death lawsuit against the county and seven deputies.`,
    `Terrence Oyelowo-Banks, 38, died in March after deputies held him face-down for nearly nine minutes during what the lawsuit calls "a mental health crisis that was treated as a fight."`,
    `"Mr. Oyelowo-Banks told the deputies at least 14 times that he could not breathe," the complaint alleges. It says a nurse who was present "did nothing to intervene and did not check his pulse until he was unresponsive."`,
    `"These deputies had the training, they had the time and they had the warning signs," said Vanessa Liu-Carrington, an attorney for the family. "What they didn't have was any sense that his life mattered."`,
    `County Attorney Frederick Mallory said in an email that the county "does not comment on pending litigation" but that the deputies involved had been cleared by an internal review. The Corliss County Sheriff's Office declined to comment.`,
  ], [
    q(`a mental health crisis that was treated as a fight.`, 'the lawsuit'),
    q(`Mr. Oyelowo-Banks told the deputies at least 14 times that he could not breathe,`, 'the complaint'),
    q(`did nothing to intervene and did not check his pulse until he was unresponsive.`, 'the complaint'),
    q(`These deputies had the training, they had the time and they had the warning signs,`, 'Vanessa Liu-Carrington'),
    q(`What they didn't have was any sense that his life mattered.`, 'Vanessa Liu-Carrington'),
    q(`does not comment on pending litigation`, 'Frederick Mallory'),
  ]),

  passage('f40-dna-exoneration-23', ['us', 'historical_quote', 'partial_quote', 'quote_about_other', 'exoneration'], [
    `After 23 years in prison for a murder he did not commit, Ezekiel Montgomery-Tate walked out of the Braxton Correctional Facility on Wednesday afternoon and into the arms of his mother.`,
    `A judge vacated his conviction that morning after DNA testing on a cigarette butt found at the scene matched another man, who died in 2015.`,
    `"I'm not angry. I don't have time to be angry," Montgomery-Tate, 49, told reporters. "I've got to learn how to use one of these phones."`,
    `His attorney, Grace Obuya-Lindholm of the Second Look Project, recalled that the original prosecutor, Howard Brill, told jurors in his 2001 closing argument that there was "not a shred of doubt" in the case. "There was more than a shred. There was a whole cigarette," she said.`,
    `Brill, now retired and reached by phone, said he had relied on the evidence available at the time. "If the science says we got it wrong, then we got it wrong, and I'm sorry for it," he said.`,
    `His mother, Loretta Tate, 74, said she had visited him every other Sunday for 23 years. "I told him the whole time: you're coming home. I just didn't know I'd be this old," she said, laughing.`,
  ], [
    q(`I'm not angry. I don't have time to be angry,`, 'Ezekiel Montgomery-Tate'),
    q(`I've got to learn how to use one of these phones.`, 'Ezekiel Montgomery-Tate'),
    q(`not a shred of doubt`, 'Howard Brill'),
    q(`There was more than a shred. There was a whole cigarette,`, 'Grace Obuya-Lindholm'),
    q(`If the science says we got it wrong, then we got it wrong, and I'm sorry for it,`, 'Howard Brill'),
    q(`I told him the whole time: you're coming home. I just didn't know I'd be this old,`, 'Loretta Tate'),
  ]),

  passage('f40-nursery-cover-up-trial-24', ['british', 'double_quotes', 'two_same_gender_speakers', 'pronoun_speaker', 'colon_cue', 'trial'], [
    `A nursery manager accused of covering up injuries to a toddler told jurors she had "no idea" the child had been hurt while in her care.`,
    `Claire Haverstock, 39, denies child cruelty and perverting the course of justice at Mardlow Crown Court. Her former deputy, Jodie Prentice, 28, has admitted the same charges.`,
    `Giving evidence on Tuesday, Haverstock said: "If I had known that little girl had a broken arm, I would have called an ambulance myself. I would never have sent her home."`,
    `Cross-examining, prosecutor Naomi Featherstonehaugh put it to her that staff had texted her a photograph of the swelling at lunchtime. "You saw that photograph, didn't you?" she asked.`,
    `"I saw a picture of a child's arm. I didn't see anything in it that worried me," Haverstock replied.`,
    `The trial continues.`,
  ], [
    q(`no idea`, 'Claire Haverstock'),
    q(`If I had known that little girl had a broken arm, I would have called an ambulance myself. I would never have sent her home.`, 'Claire Haverstock'),
    q(`You saw that photograph, didn't you?`, 'Naomi Featherstonehaugh'),
    q(`I saw a picture of a child's arm. I didn't see anything in it that worried me,`, 'Claire Haverstock'),
  ]),

  passage('f40-gullwarra-bus-stop-bashing-25', ['australian', 'pronoun_speaker', 'partial_quote', 'police_appeal', 'victims_family'], [
    `Police have released CCTV footage of two men they want to speak to after a 71-year-old man was bashed and robbed at a bus stop in Gullwarra on Saturday night.`,
    `The man, who has not been named, suffered a fractured eye socket and remains in Wollindi Base Hospital in a stable condition.`,
    `Detective Inspector Craig Tamihana told reporters on Monday the attack was "cowardly and completely unprovoked".`,
    `"This is a gentleman who was waiting for the last bus home after visiting his wife in aged care," he said. "They took his wallet, which had $40 in it, and left him lying in the gutter."`,
    `Det Insp Tamihana said detectives believed the pair had been drinking at a nearby hotel earlier in the evening. "Someone knows who these blokes are. I'd ask them to do the right thing," he said.`,
    `The victim's daughter, Leanne Cavallaro, said her father was "a tough old bugger" but had been badly shaken. "He's asked us not to tell Mum, because she'd only worry," she said.`,
    `Anyone with information is urged to contact Crime Stoppers.`,
  ], [
    q(`cowardly and completely unprovoked`, 'Craig Tamihana'),
    q(`This is a gentleman who was waiting for the last bus home after visiting his wife in aged care,`, 'Craig Tamihana'),
    q(`They took his wallet, which had $40 in it, and left him lying in the gutter.`, 'Craig Tamihana'),
    q(`Someone knows who these blokes are. I'd ask them to do the right thing,`, 'Craig Tamihana'),
    q(`a tough old bugger`, 'Leanne Cavallaro'),
    q(`He's asked us not to tell Mum, because she'd only worry,`, 'Leanne Cavallaro'),
  ]),

  passage('f40-card-marketplace-extradition-26', ['canadian', 'written_opinion', 'partial_quote', 'unnamed_source', 'extradition'], [
    `A British Columbia judge has ordered a Fraserdale man extradited to the United States to face charges that he ran an online marketplace for stolen credit card data.`,
    `Oleksandr Hrytsenko, 33, is accused by American prosecutors of operating a website that sold the details of more than 600,000 cards between 2019 and 2022.`,
    `In her ruling, Justice Catherine Beaulieu-Grant wrote that the evidence presented by U.S. authorities was "more than sufficient" to justify committal. "It is not the role of this court to weigh the ultimate strength of the American case. That is a matter for a jury in the United States," she wrote.`,
    `Hrytsenko's lawyer, Arjun Bhattacharya-Singh, said outside the courthouse that his client would ask the federal justice minister to refuse surrender. "Mr. Hrytsenko has a Canadian wife and two Canadian children. He should be tried here, if he is to be tried at all," he said.`,
    `A spokesperson for the federal Justice Department said in an email that it "does not comment on specific extradition matters."`,
  ], [
    q(`more than sufficient`, 'Catherine Beaulieu-Grant'),
    q(`It is not the role of this court to weigh the ultimate strength of the American case. That is a matter for a jury in the United States,`, 'Catherine Beaulieu-Grant'),
    q(`Mr. Hrytsenko has a Canadian wife and two Canadian children. He should be tried here, if he is to be tried at all,`, 'Arjun Bhattacharya-Singh'),
    q(`does not comment on specific extradition matters.`, 'Justice Department spokesperson (unnamed)'),
  ]),

  passage('f40-hollis-springs-escape-27', ['us_wire', 'organisation_speaker', 'unnamed_source', 'partial_quote', 'prisons'], [
    `HOLLIS SPRINGS, Miss. (AP) — Authorities were searching Saturday for two inmates who escaped from a state prison by cutting through a fence behind the kitchen during a shift change, officials said.`,
    `"Both men are considered dangerous and should not be approached," the state Department of Corrections said in a statement, identifying them as Darnell Pruitt, 31, who is serving life for murder, and Wade Ellison Tibbs, 44, who is serving 25 years for armed robbery.`,
    `Hollis County Sheriff Roy Abernathy-Cole said deputies and state troopers had set up roadblocks and were using dogs to search wooded areas near the prison. "We've got a lot of ground to cover and a lot of creeks out there," Abernathy-Cole said. "But we've got a lot of people, too."`,
    `A woman who lives about a mile from the prison, and who asked that her name not be used because she feared for her safety, said she had locked her doors and kept her children inside. "You hear the sirens and you just know," she said.`,
    `The escape is the third from the facility in five years. State Rep. Lorraine Haskett-Bui, who sits on the House corrections committee, said it was "the predictable result of running a prison with half the staff it needs."`,
  ], [
    q(`Both men are considered dangerous and should not be approached,`, 'the state Department of Corrections'),
    q(`We've got a lot of ground to cover and a lot of creeks out there,`, 'Roy Abernathy-Cole'),
    q(`But we've got a lot of people, too.`, 'Roy Abernathy-Cole'),
    q(`You hear the sirens and you just know,`, 'resident (unnamed)'),
    q(`the predictable result of running a prison with half the staff it needs.`, 'Lorraine Haskett-Bui'),
  ]),

  passage('f40-verdict-room-judge-dies-28', ['us', 'obituary', 'non_quote_quotation_marks', 'no_quotes', 'titles', 'nickname'], [
    `The retired judge whose courtroom inspired the long-running television series "The Verdict Room" has died at 88.`,
    `Harold Mbatha-Levine presided over the Durnford County Circuit Court for 31 years, earning the nickname "Hangin' Harry" among defense lawyers for sentences that one appeals panel described as unusually severe.`,
    `His 1994 memoir, "Order in the Court, and Other Lies," spent 11 weeks on regional bestseller lists and was later adapted into the series, which ran for nine seasons.`,
    `He is survived by his wife of 60 years, Delphine, three children and seven grandchildren.`,
  ], []),

  passage('f40-festival-death-findings-29', ['australian', 'inquest', 'document_speaker', 'partial_quote', 'unnamed_source', 'victims_family'], [
    `A coroner has found that a 19-year-old woman who died after taking an unknown substance at a music festival near Marrinup would likely have survived if medical staff had been told sooner what she had taken.`,
    `Tahlia Rosewood-Nguyen collapsed in the festival's medical tent in January 2023 and died in hospital the next day.`,
    `In findings handed down on Thursday, Coroner Margaret Osei-Fairbanks said Ms Rosewood-Nguyen's friends had been "understandably terrified" of police after sniffer dogs were deployed at the festival gate.`,
    `"The fear of being searched, charged or reported to their parents delayed the moment at which anyone told the medical team what Tahlia had taken," the findings state. "That delay was, on the evidence, decisive."`,
    `The coroner recommended a trial of drug-checking services at large festivals, a step the state government has so far rejected. A government spokesman said the recommendations would be "carefully considered".`,
    `Outside court, Ms Rosewood-Nguyen's mother, Kim Nguyen, said her daughter "wasn't a criminal, she was a kid who made a mistake". "If her friends hadn't been so scared, I think she'd be here," Ms Nguyen said.`,
  ], [
    q(`understandably terrified`, 'Margaret Osei-Fairbanks'),
    q(`The fear of being searched, charged or reported to their parents delayed the moment at which anyone told the medical team what Tahlia had taken,`, 'the findings'),
    q(`That delay was, on the evidence, decisive.`, 'the findings'),
    q(`carefully considered`, 'government spokesman (unnamed)'),
    q(`wasn't a criminal, she was a kid who made a mistake`, 'Kim Nguyen'),
    q(`If her friends hadn't been so scared, I think she'd be here,`, 'Kim Nguyen'),
  ]),

  passage('f40-ndarugu-land-fraud-30', ['kenyan_english', 'document_speaker', 'role_reference', 'unnamed_source', 'bail'], [
    `A Ndarugu businessman has been charged with obtaining Sh14 million by false pretences from 37 people who had paid him for plots of land that did not exist.`,
    `Peter Kamau Njoroge, 45, denied the charges before Senior Principal Magistrate Esther Wairimu Kangethe and was released on a cash bail of Sh500,000.`,
    `According to the charge sheet, Njoroge "falsely pretended that he was in a position to sell one-eighth acre plots at Kiambiru Estate", a parcel that investigators say is owned by a church.`,
    `Prosecutor Dennis Mutua had asked the court to deny bail. "Your honour, the accused has been arrested twice before over similar complaints and has a history of absconding," Mr Mutua told the court.`,
    `But the magistrate said the prosecution had not produced evidence of the earlier cases. "Bail is a constitutional right and it cannot be denied on the basis of allegations that have not been placed before this court," she ruled.`,
    `One of the complainants, a retired teacher who declined to give her name, said she had paid Sh380,000 from her pension. "I wanted to leave something for my grandchildren. Now I have nothing," she said.`,
  ], [
    q(`falsely pretended that he was in a position to sell one-eighth acre plots at Kiambiru Estate`, 'the charge sheet'),
    q(`Your honour, the accused has been arrested twice before over similar complaints and has a history of absconding,`, 'Dennis Mutua'),
    q(`Bail is a constitutional right and it cannot be denied on the basis of allegations that have not been placed before this court,`, 'Esther Wairimu Kangethe'),
    q(`I wanted to leave something for my grandchildren. Now I have nothing,`, 'complainant (unnamed)'),
  ]),

  passage('f40-bathroom-911-call-31', ['us', 'transcript', 'role_reference', 'quote_only_paragraph', 'alternating_turns', 'trial'], [
    `Jurors in the trial of Colton Vanderhoek on Wednesday heard the 911 call his wife made from a bathroom in their home minutes before she was shot.`,
    `"He's got a gun. He's in the hallway. Please hurry," Brianna Vanderhoek whispered on the recording, which prosecutors played twice.`,
    `"Ma'am, can you lock the door?" the dispatcher asked.`,
    `"It's locked. He's kicking it."`,
    `The line goes silent for several seconds before a loud bang is heard. The dispatcher, identified in court as Renata Solis-Hampton, testified that she stayed on the line for 11 more minutes. "I kept saying her name," Solis-Hampton told jurors, her voice breaking. "I kept hoping she'd answer."`,
    `Defense attorney Marcus Ellwood-Pryce has argued that the gun went off accidentally during a struggle. He did not cross-examine the dispatcher.`,
  ], [
    q(`He's got a gun. He's in the hallway. Please hurry,`, 'Brianna Vanderhoek'),
    q(`Ma'am, can you lock the door?`, 'Renata Solis-Hampton'),
    q(`It's locked. He's kicking it.`, 'Brianna Vanderhoek'),
    q(`I kept saying her name,`, 'Renata Solis-Hampton'),
    q(`I kept hoping she'd answer.`, 'Renata Solis-Hampton'),
  ]),

  passage('f40-prison-chaplain-feature-32', ['scottish', 'feature', 'present_tense_says', 'historical_quote', 'unnamed_source', 'role_reference'], [
    `Father Tomás Ó Briain has said Mass in the chapel at HMP Dunmarren every Sunday for 26 years. The congregation changes; the hymns, he says, do not.`,
    `"Some of these men have never sung in their lives," he says. "By the third week they're complaining that I've picked the wrong verse."`,
    `Not everyone in the prison welcomed him at first. Governor Alison Meiklejohn, who has run the jail since 2017, remembers a senior officer telling her in her first week that the chaplaincy was "a soft touch that the lads take advantage of".`,
    `"I told him to come to Mass and see for himself," Meiklejohn says. "He came. He's been back most Sundays since."`,
    `Ó Briain, who turns 70 in March, says he has no plans to retire. Last year he had a letter from Stuart Galloway, who served nine years for armed robbery and now runs a joinery business in Kirkbrae. "He said, you were the only man in there who never asked me what I'd done," the priest says.`,
  ], [
    q(`Some of these men have never sung in their lives,`, 'Tomás Ó Briain'),
    q(`By the third week they're complaining that I've picked the wrong verse.`, 'Tomás Ó Briain'),
    q(`a soft touch that the lads take advantage of`, 'senior officer (unnamed)'),
    q(`I told him to come to Mass and see for himself,`, 'Alison Meiklejohn'),
    q(`He came. He's been back most Sundays since.`, 'Alison Meiklejohn'),
    q(`He said, you were the only man in there who never asked me what I'd done,`, 'Tomás Ó Briain'),
  ]),

  passage('f40-loan-app-racket-33', ['indian_english', 'unnamed_source', 'role_reference', 'police_statement', 'partial_quote'], [
    `The Vasantnagar city police on Sunday arrested four men, including a former bank employee, for allegedly running a fake loan app racket that extorted money from over 300 borrowers by threatening to call their relatives and employers.`,
    `"The accused had set up a call centre in a rented flat and employed 22 young people who were told they were doing debt recovery work," Police Commissioner Anupama Deshpande-Rao told reporters at a press conference.`,
    `A senior officer associated with the investigation, requesting anonymity, said the gang had routed the money through "at least 60 mule accounts" opened in the names of daily wage labourers.`,
    `The commissioner urged citizens not to download lending apps from unverified sources. "If someone is harassing you over a loan, come to us. You will not be treated as a defaulter; you will be treated as a victim," she said.`,
  ], [
    q(`The accused had set up a call centre in a rented flat and employed 22 young people who were told they were doing debt recovery work,`, 'Anupama Deshpande-Rao'),
    q(`at least 60 mule accounts`, 'senior officer (unnamed)'),
    q(`If someone is harassing you over a loan, come to us. You will not be treated as a defaulter; you will be treated as a victim,`, 'Anupama Deshpande-Rao'),
  ]),

  passage('f40-umuezi-checkpoint-shooting-34', ['nigerian_english', 'long_title', 'partial_quote', 'pronoun_speaker', 'victims_family', 'police_statement'], [
    `The family of a 26-year-old trader, Miss Blessing Adaeze Okorie, who was allegedly shot dead by a police officer at a checkpoint in Umuezi community, has called on the Inspector-General of Police to ensure that justice is done.`,
    `It was gathered that the deceased was returning from the market on Friday evening when an argument broke out between the driver of the commercial bus she was travelling in and policemen at the checkpoint over a N200 bribe.`,
    `The deceased's elder brother, Mr Obinna Okorie, who spoke to our correspondent on Sunday, said the family was devastated. "Blessing was the breadwinner of this family. She was training two of our younger ones in school. We want the officer who pulled that trigger to be prosecuted, not transferred," he said.`,
    `Confirming the incident in a statement on Saturday, the state Police Public Relations Officer, SP Adaobi Nwankwo-Eze, said the officer involved had been "arrested and detained" and was undergoing orderly room trial.`,
    `"The Commissioner of Police has described the incident as unfortunate and condoles with the family. The command will not shield any officer who acts outside the law," she added.`,
  ], [
    q(`Blessing was the breadwinner of this family. She was training two of our younger ones in school. We want the officer who pulled that trigger to be prosecuted, not transferred,`, 'Obinna Okorie'),
    q(`arrested and detained`, 'Adaobi Nwankwo-Eze'),
    q(`The Commissioner of Police has described the incident as unfortunate and condoles with the family. The command will not shield any officer who acts outside the law,`, 'Adaobi Nwankwo-Eze'),
  ]),

  passage('f40-takeaway-stabbing-high-court-35', ['scottish', 'british_single_quotes', 'curly_quotes', 'colon_cue', 'partial_quote', 'sentencing'], [
    `A man who stabbed a stranger outside a takeaway in Kilbarrow after a row over a queue has been jailed for nine years at the High Court.`,
    `Ryan McIlvanney, 27, admitted assaulting Daniel Osei-Barr, 34, to his severe injury, permanent disfigurement and the danger of his life.`,
    `Lord Abernethy-Strang told him: ‘You took a knife to a fish and chip shop. There is no explanation for that which does you any credit.’`,
    `The court heard Mr Osei-Barr needed 40 stitches to his face and has since lost his job as a bus driver. In a statement, he said: ‘I can’t look in the mirror without seeing that night. My kids are frightened of the scar.’`,
    `McIlvanney’s solicitor advocate, Fiona Brannigan, said her client had been drinking since the afternoon and had ‘no memory’ of taking the knife from the house.`,
  ], [
    q(`You took a knife to a fish and chip shop. There is no explanation for that which does you any credit.`, 'Lord Abernethy-Strang'),
    q(`I can’t look in the mirror without seeing that night. My kids are frightened of the scar.`, 'Daniel Osei-Barr'),
    q(`no memory`, 'Fiona Brannigan'),
  ]),

  passage('f40-jeweller-robbery-quashed-36', ['british_single_quotes', 'straight_quotes', 'appeal', 'partial_quote', 'colon_cue'], [
    `Three men convicted of a 2016 armed robbery at a jeweller's in Thornbury Vale have had their convictions quashed by the Court of Appeal after it emerged that a key police witness had lied about his qualifications.`,
    `Lady Justice Adebola Carrington-Reid, sitting with two other judges, said the convictions were unsafe and that the prosecution's failure to disclose the officer's disciplinary record was 'a serious and unexplained failing'.`,
    `The officer, former detective sergeant Keith Lomax, had told the jury he was a trained firearms identification expert. He was not.`,
    `Outside court, one of the men, Jermaine Akinwale-Price, 41, said: 'I've spent seven years telling anyone who would listen that I wasn't there. Today somebody listened.'`,
    `His solicitor, Rebecca Threlfall, said the case raised profound questions about how many other trials Lomax had given evidence in. 'We know of at least 11. There may be many more,' she said.`,
    `Prosecutors said they would not seek a retrial.`,
  ], [
    q(`a serious and unexplained failing`, 'Adebola Carrington-Reid'),
    q(`I've spent seven years telling anyone who would listen that I wasn't there. Today somebody listened.`, 'Jermaine Akinwale-Price'),
    q(`We know of at least 11. There may be many more,`, 'Rebecca Threlfall'),
  ]),

  passage('f40-constable-messages-dismissed-37', ['british', 'double_quotes', 'misconduct_hearing', 'pronoun_speaker', 'two_same_gender_speakers', 'complaint'], [
    `A police constable who posted offensive messages about a murder victim in a private messaging group has been dismissed without notice after a misconduct hearing.`,
    `PC Liam Tredwell, 31, of Halmouth Constabulary, admitted gross misconduct over messages he sent in 2022 about Amira Haddad-Lowe, a 23-year-old student whose body was found on Halmouth seafront.`,
    `The panel's chair, Gillian Oduya-Marsh, said the messages were "degrading, callous and utterly incompatible with the office of constable".`,
    `"The public is entitled to expect that officers who are called to the scene of a young woman's death will treat her with dignity," she said.`,
    `Ms Haddad-Lowe's mother, Samira Haddad, who made the original complaint after a colleague of Tredwell's showed her the messages, said she felt no satisfaction at the outcome. "I should never have had to read those words about my daughter," she said.`,
    `The force's chief constable apologised to the family and said the officer had no place in policing.`,
  ], [
    q(`degrading, callous and utterly incompatible with the office of constable`, 'Gillian Oduya-Marsh'),
    q(`The public is entitled to expect that officers who are called to the scene of a young woman's death will treat her with dignity,`, 'Gillian Oduya-Marsh'),
    q(`I should never have had to read those words about my daughter,`, 'Samira Haddad'),
  ]),

  passage('f40-gang-trial-jury-fear-38', ['us_wire', 'unnamed_source', 'court_filing', 'cue_after_quote'], [
    `Jury selection in the racketeering trial of nine alleged members of the Eastside Kings street gang was delayed for a second day Tuesday after dozens of prospective jurors said they were afraid to serve.`,
    `Of the 140 people summoned, 61 asked to be excused, many citing fear of retaliation, according to the court clerk, Dorothy Amankwah-Rhodes. "I've been doing this 22 years and I've never seen a pool this scared," Amankwah-Rhodes said.`,
    `One prospective juror, a man in his 50s who was excused, said outside the courthouse that he had recognized two of the defendants' surnames. "I live four blocks from where these guys grew up. I'm not putting my name on a verdict," he said.`,
    `U.S. District Judge Franklin Osterhaus said he would consider using an anonymous jury, a step requested by prosecutors and opposed by the defense. "Anonymity tells the jurors that the defendants are dangerous before a single witness has testified," defense attorney Paloma Reyes-Whitaker argued in a court filing.`,
  ], [
    q(`I've been doing this 22 years and I've never seen a pool this scared,`, 'Dorothy Amankwah-Rhodes'),
    q(`I live four blocks from where these guys grew up. I'm not putting my name on a verdict,`, 'prospective juror (unnamed)'),
    q(`Anonymity tells the jurors that the defendants are dangerous before a single witness has testified,`, 'Paloma Reyes-Whitaker'),
  ]),

  passage('f40-witness-intimidation-bail-39', ['australian', 'quote_about_other', 'two_same_gender_speakers', 'colon_cue', 'bail'], [
    `A Merrivale woman has been charged with intimidating a witness after allegedly sending threatening messages to a teenager due to testify against her son.`,
    `Prosecutors say Tanya Coulthard-Reese, 44, messaged the 17-year-old at least 30 times in the week before the trial of her son, Jayden, on robbery charges.`,
    `Police allege she wrote in one message, read aloud in Merrivale Local Court on Monday: "Jayden's got a lot of mates. Think about that before you open your mouth."`,
    `Magistrate Helen Vasquez-Doyle refused bail. "Witnesses in this state must be able to give evidence without looking over their shoulder," she said. "Ms Coulthard-Reese, you have made that impossible for this young man."`,
    `Her lawyer, Ahmed Rahimi, said his client was a mother who had panicked and had never intended to harm anyone.`,
  ], [
    q(`Jayden's got a lot of mates. Think about that before you open your mouth.`, 'Tanya Coulthard-Reese'),
    q(`Witnesses in this state must be able to give evidence without looking over their shoulder,`, 'Helen Vasquez-Doyle'),
    q(`Ms Coulthard-Reese, you have made that impossible for this young man.`, 'Helen Vasquez-Doyle'),
  ]),

  passage('f40-deputy-wounded-traffic-stop-40', ['us_wire', 'quote_about_other', 'cue_before_name', 'long_title'], [
    `DUNMORE, Texas (AP) — A sheriff's deputy was wounded early Friday during a traffic stop on a rural highway, and the driver was later killed in an exchange of gunfire with officers, authorities said.`,
    `"Deputy Alvarez did everything by the book, and he was shot anyway," Kessler County Sheriff Wayne Toomey said. The deputy, Ruben Alvarez, 29, was in stable condition.`,
    `State police, who are investigating the shooting, said the driver had an outstanding warrant for aggravated assault. "We're still working to establish why he opened fire," said Sgt. Maribel Ochoa, a state police spokeswoman.`,
  ], [
    q(`Deputy Alvarez did everything by the book, and he was shot anyway,`, 'Wayne Toomey'),
    q(`We're still working to establish why he opened fire,`, 'Maribel Ochoa'),
  ]),

  passage('f40-kellerby-station-arson-41', ['british', 'headline', 'non_quote_quotation_marks', 'no_quotes'], [
    `Police chief vows "no retreat" after arson attack on Kellerby station`,
    `An arson attack on Kellerby police station early on Sunday caused extensive damage to the front office and destroyed three patrol cars, but no one was hurt.`,
    `The attack came two days after officers arrested 14 people in raids linked to a gang that calls itself the "Northside Family", and police said they were treating the two events as connected.`,
    `The force has reopened its "Silent Witness" hotline, which allows people to pass on information without giving their names, and has asked residents with doorbell cameras on Mill Lane to check their footage.`,
  ], []),

  passage('f40-cyclist-death-sentence-42', ['canadian', 'sentencing', 'victims_family', 'quote_about_other', 'role_reference'], [
    `A Lakeshore Township man who killed a cyclist while driving drunk has been sentenced to six years in a federal penitentiary.`,
    `Brent Lalonde-Kowalski, 38, pleaded guilty to impaired driving causing death in the crash that killed Dr. Ifeoma Nwosu-Clarke, 52, a family physician, on a county road in August 2023.`,
    `Before the sentence was passed, Lalonde-Kowalski stood and read from a sheet of paper, facing the victim's husband. "There is nothing I can say that will matter to you. I know that, and I'm going to spend the rest of my life trying to be worth something," he said.`,
    `The husband, Graham Clarke, did not look up. Earlier, he had told the court his wife had delivered more than 300 babies in the township. "Half the people in this room were caught by her hands," he said.`,
    `Justice Marguerite Tremblay-Osei called it a textbook case of a preventable death. "You made a series of choices that night, and each one of them was the wrong one," she told Lalonde-Kowalski.`,
  ], [
    q(`There is nothing I can say that will matter to you. I know that, and I'm going to spend the rest of my life trying to be worth something,`, 'Brent Lalonde-Kowalski'),
    q(`Half the people in this room were caught by her hands,`, 'Graham Clarke'),
    q(`You made a series of choices that night, and each one of them was the wrong one,`, 'Marguerite Tremblay-Osei'),
  ]),

  passage('f40-night-court-pilot-43', ['british', 'non_quote_quotation_marks', 'no_quotes', 'scare_quotes'], [
    `Magistrates in Penwarren will sit until 9pm on weekdays from next month under a pilot scheme that court staff have nicknamed "night court", aimed at cutting a backlog of more than 4,000 cases.`,
    `The pilot, formally called the Extended Operating Hours Programme, was announced alongside a new "victims first" charter that promises complainants a named contact at every stage of a prosecution.`,
    `Court staff will be offered overtime, and the scheme will be reviewed after six months.`,
  ], []),
];
