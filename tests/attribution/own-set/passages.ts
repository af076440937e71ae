// The team's own evaluation set for quote attribution (issue 13): short news passages written for
// this repository, in styles the development set has little or none of (sports, courts, earnings,
// British single quotes, science, local government, obituaries, transcripts, wire copy), with the
// gold speaker of every quote read by hand. People, places and organisations are made up.
//
// Gold conventions, the dev set's where it has one:
// - a quote is the text inside one pair of marks; a quote left open at a paragraph's end is one
//   quote per paragraph (as the engine gives its segments);
// - the speaker is the name as the story gives it at its fullest; an unnamed source, a group, a
//   document or an organisation is described ("resident (unnamed)", "the indictment", "Protesters");
// - `null` only where a careful copy editor would name no one;
// - a headline that opens a passage is not text of the story: its quotes are not gold;
// - titles, names and scare quotes are not quotes (tag non_quote_quotation_marks).
import type { GoldItem } from '../dev-metrics';

export type Quote = { quote: string; speaker: string | null };

export function passage(id: string, tags: string[], paragraphs: string[], quotes: Quote[]): GoldItem {
  return { id, source: 'written for Copydesk (tests/attribution/own-set)', text: paragraphs.join('\n'), quotes, meta: { tags } };
}
export const q = (quote: string, speaker: string | null): Quote => ({ quote, speaker });

/** The first part: written before any rule change, then measured, and its failures fixed with
 * general rules (so it is tuned on, like the dev set's tuning part). */
export const ownSet: GoldItem[] = [
  passage(
    'sport-01',
    ['sport'],
    [
      'Harwick Town came from behind to beat Stellbridge 3-2 on Saturday, with substitute Dami Olawale scoring twice in the last ten minutes.',
      '“I just wanted to make a difference when I came on,” Olawale said. “The lads never stopped believing.”',
      'Stellbridge manager Pieter de Groot was less cheerful. “We switched off. You cannot do that at this level,” he said.',
    ],
    [
      q('I just wanted to make a difference when I came on,', 'Dami Olawale'),
      q('The lads never stopped believing.', 'Dami Olawale'),
      q('We switched off. You cannot do that at this level,', 'Pieter de Groot'),
    ],
  ),
  passage(
    'sport-02',
    ['sport', 'same_gender'],
    [
      'The Rivermont Hawks snapped a four-game losing streak Tuesday night, beating Coldwater 98-91 behind 31 points from guard Marcus Bell.',
      '"Marcus was special tonight," coach Terry Ashford said. "He took over when we needed it."',
      'Bell shrugged off the praise. "I missed some easy ones early," he said. "Coach kept telling me to keep shooting."',
      'Ashford said the team would take Wednesday off before facing Linden on Friday.',
    ],
    [
      q('Marcus was special tonight,', 'Terry Ashford'),
      q('He took over when we needed it.', 'Terry Ashford'),
      q('I missed some easy ones early,', 'Marcus Bell'),
      q('Coach kept telling me to keep shooting.', 'Marcus Bell'),
    ],
  ),
  passage(
    'sport-03',
    ['sport', 'british_single_quotes'],
    [
      'Emma Radley reached her first Wimbledon quarter-final on Monday after a 6-4, 7-6 win over the ninth seed.',
      '‘It still hasn’t sunk in,’ said the 22-year-old from Leeds. ‘I was so nervous at 5-5 in the second set.’',
      'Her coach, Judith Marsh, added: ‘She has worked so hard for this. Nobody deserves it more.’',
    ],
    [
      q('It still hasn’t sunk in,', 'Emma Radley'),
      q('I was so nervous at 5-5 in the second set.', 'Emma Radley'),
      q('She has worked so hard for this. Nobody deserves it more.', 'Judith Marsh'),
    ],
  ),
  passage(
    'sport-04',
    ['sport', 'british_single_quotes'],
    [
      'England were bowled out for 187 on the fourth day at Headingley, leaving New Zealand needing just 94 to win.',
      "'We've got to be better than that,' said captain Will Ashdown. 'The pitch was fine. We just made poor decisions.'",
      "Seamer Liam Kerridge, who took five for 41, said he had 'enjoyed every minute'.",
    ],
    [
      q("We've got to be better than that,", 'Will Ashdown'),
      q('The pitch was fine. We just made poor decisions.', 'Will Ashdown'),
      q('enjoyed every minute', 'Liam Kerridge'),
    ],
  ),
  passage(
    'sport-05',
    ['sport', 'same_gender', 'role_noun'],
    [
      'Northgate Rovers and Bellfield City drew 1-1 in a tense derby on Sunday.',
      'Rovers coach Sam Okafor felt his side deserved more. “We created the better chances,” Okafor said. “On another day we win 3-1.”',
      'His opposite number, Graham Pell, disagreed. “I thought we were the better team in the second half,” the Bellfield coach said.',
    ],
    [
      q('We created the better chances,', 'Sam Okafor'),
      q('On another day we win 3-1.', 'Sam Okafor'),
      q('I thought we were the better team in the second half,', 'Graham Pell'),
    ],
  ),
  passage(
    'sport-06',
    ['sport', 'role_noun'],
    [
      'Julien Marceau won the Tour of Aldora’s mountain stage on Wednesday to take the overall lead.',
      '“I attacked because I felt good, and nobody could follow,” said the Frenchman, who rides for Team Vireo.',
      'His teammate Jonas Berg finished third. “Julien was incredible today,” Berg said.',
    ],
    [q('I attacked because I felt good, and nobody could follow,', 'Julien Marceau'), q('Julien was incredible today,', 'Jonas Berg')],
  ),
  passage(
    'court-01',
    ['court'],
    [
      'A former bookkeeper at a Dunmore car dealership stole more than $400,000 over six years, prosecutors told a jury on Monday.',
      '“She treated the company’s accounts as her personal piggy bank,” Assistant District Attorney Carla Munoz said in her opening statement.',
      'Defence lawyer Richard Osei urged jurors to keep an open mind. “You will hear that my client kept the books, but you will not hear that she signed a single one of those cheques,” he said.',
      'The defendant, Linda Farrow, 54, has pleaded not guilty. The trial is expected to last two weeks.',
    ],
    [
      q('She treated the company’s accounts as her personal piggy bank,', 'Carla Munoz'),
      q('You will hear that my client kept the books, but you will not hear that she signed a single one of those cheques,', 'Richard Osei'),
    ],
  ),
  passage(
    'court-02',
    ['court', 'document'],
    [
      'The indictment says the two men “knowingly and willfully conspired” to ship counterfeit parts to at least three airlines.',
      'At a hearing on Thursday, U.S. District Judge Helen Strand denied a request to delay the trial. “This case has been pending for nearly two years,” Strand said. “The public has an interest in seeing it resolved.”',
      'Lawyers for Gregor Lisk, one of the defendants, said they would appeal.',
    ],
    [
      q('knowingly and willfully conspired', 'the indictment'),
      q('This case has been pending for nearly two years,', 'Helen Strand'),
      q('The public has an interest in seeing it resolved.', 'Helen Strand'),
    ],
  ),
  passage(
    'court-03',
    ['court', 'british_single_quotes'],
    [
      'A man who set fire to a neighbour’s garage was jailed for four years at Carlisle Crown Court on Friday.',
      'Judge Michael Tierney told Owen Pryce, 31, that his actions had been ‘reckless in the extreme’ and that it was ‘pure luck’ that nobody had died.',
      'In a statement read to the court, the victim, Sandra Hale, said: ‘I no longer feel safe in my own home.’',
    ],
    [q('reckless in the extreme', 'Michael Tierney'), q('pure luck', 'Michael Tierney'), q('I no longer feel safe in my own home.', 'Sandra Hale')],
  ),
  passage(
    'court-04',
    ['court', 'questions'],
    [
      'Under cross-examination on Wednesday, the defendant, Paul Renner, denied that he had been at the flat that night.',
      '“Were you there or not?” asked prosecutor Deborah Lyle.',
      '“I was not,” Renner said.',
      '“Then how do you explain your fingerprints on the door?”',
      'Renner paused before answering. “I had been there the week before.”',
    ],
    [
      q('Were you there or not?', 'Deborah Lyle'),
      q('I was not,', 'Paul Renner'),
      q('Then how do you explain your fingerprints on the door?', 'Deborah Lyle'),
      q('I had been there the week before.', 'Paul Renner'),
    ],
  ),
  passage(
    'business-01',
    ['business'],
    [
      'Corvane Systems shares fell 12 per cent in after-hours trading on Wednesday after the chipmaker cut its forecast for the year.',
      '“Demand from data centres remains strong, but our customers in the PC market are cautious,” chief executive Nadia Reyes said on a call with analysts.',
      'Analysts were not convinced. “This is the second guidance cut in six months,” said Tom Whitley, an analyst at Barrow Securities. “Investors are going to want to see proof before they come back.”',
    ],
    [
      q('Demand from data centres remains strong, but our customers in the PC market are cautious,', 'Nadia Reyes'),
      q('This is the second guidance cut in six months,', 'Tom Whitley'),
      q('Investors are going to want to see proof before they come back.', 'Tom Whitley'),
    ],
  ),
  passage(
    'business-02',
    ['business', 'organisation', 'unnamed'],
    [
      'Meridian Foods said in a regulatory filing on Tuesday that it had received “a number of unsolicited approaches” for its frozen-meals division.',
      'The company did not name the bidders. A spokeswoman declined to comment beyond the filing.',
      '“Selling the unit would make sense,” said one person familiar with the matter, who asked not to be named because the talks are private.',
    ],
    [q('a number of unsolicited approaches', 'Meridian Foods'), q('Selling the unit would make sense,', 'person familiar with the matter (unnamed)')],
  ),
  passage(
    'business-03',
    ['business', 'organisation', 'pronoun_after_organisation'],
    [
      'Halden Airways will cut 1,200 jobs as it retires its oldest planes, the carrier said on Monday.',
      '“These are difficult decisions that affect people who have given years of service,” it said in a statement.',
      'Union leader Grace Amadi called the cuts “a betrayal” and said members would vote on strike action next month.',
    ],
    [q('These are difficult decisions that affect people who have given years of service,', 'Halden Airways'), q('a betrayal', 'Grace Amadi')],
  ),
  passage(
    'business-04',
    ['business'],
    [
      'Shares in Pellham Retail jumped 9% after the group said Christmas sales rose 6%.',
      '“This is a very strong set of numbers in a tough market,” Jessica Ford, retail analyst at Calder & Lowe, wrote in a note to clients.',
      'Chief executive Martin Greaves said he was “cautiously optimistic” about the year ahead but warned that shoppers remained “under pressure.”',
    ],
    [
      q('This is a very strong set of numbers in a tough market,', 'Jessica Ford'),
      q('cautiously optimistic', 'Martin Greaves'),
      q('under pressure.', 'Martin Greaves'),
    ],
  ),
  passage(
    'business-05',
    ['business', 'quote_about_someone'],
    [
      '“We are delighted to welcome Anya to the board,” chairman Robert Fine said in a statement announcing the appointment of Anya Kowalski as finance director.',
      'Kowalski joins from the logistics group Tarrant, where she spent nine years.',
    ],
    [q('We are delighted to welcome Anya to the board,', 'Robert Fine')],
  ),
  passage(
    'business-06',
    ['business', 'phrase_between'],
    [
      '“Higher rates are coming” for anyone with a variable mortgage, central bank governor Stefan Ilic said on Thursday.',
      'Ilic said inflation had been “stickier than expected” and that the bank would act “as long as it takes.”',
    ],
    [q('Higher rates are coming', 'Stefan Ilic'), q('stickier than expected', 'Stefan Ilic'), q('as long as it takes.', 'Stefan Ilic')],
  ),
  passage(
    'british-01',
    ['british_single_quotes', 'local'],
    [
      'Residents of Ashby Road say they have been waiting three years for the council to repair the pavement.',
      '‘My mother uses a walking frame and she cannot get to the shops,’ said Mrs Patel, who has lived on the street since 1989.',
      '‘We have raised it at every meeting,’ said Mr Doyle, a neighbour. ‘Nothing happens.’',
      'A council spokesman said the work had been ‘scheduled for the spring’.',
    ],
    [
      q('My mother uses a walking frame and she cannot get to the shops,', 'Patel'),
      q('We have raised it at every meeting,', 'Doyle'),
      q('Nothing happens.', 'Doyle'),
      q('scheduled for the spring', 'council spokesman (unnamed)'),
    ],
  ),
  passage(
    'british-02',
    ['british_single_quotes', 'headline'],
    [
      '‘We will not back down’: Teachers vote to strike',
      'Teachers in Norbridge voted overwhelmingly on Thursday to strike over pay, their union said.',
      '‘We will not back down,’ said Karen Oduya, the union’s regional secretary. ‘Our members have had enough.’',
    ],
    [q('We will not back down,', 'Karen Oduya'), q('Our members have had enough.', 'Karen Oduya')],
  ),
  passage(
    'british-03',
    ['british_single_quotes', 'headline'],
    [
      'Storm Elin: ‘Worst I have seen in 30 years’',
      'Gusts of up to 90mph brought down trees and power lines across the west of Scotland overnight.',
      '‘This is the worst I have seen in 30 years,’ said Alasdair Munro, who runs a guesthouse in Oban.',
    ],
    [q('This is the worst I have seen in 30 years,', 'Alasdair Munro')],
  ),
  passage(
    'science-01',
    ['science', 'document'],
    [
      'People who walk at least 7,000 steps a day have a markedly lower risk of early death, according to a study published on Wednesday in the journal Heart Matters.',
      'The study found that the benefit “levelled off” at about 10,000 steps.',
      '“You don’t need to run a marathon,” said Dr Ingrid Solberg, an epidemiologist at the University of Tromsø who led the research. “Just moving more every day makes a real difference.”',
      'Researchers cautioned that the study was observational and could not prove cause and effect.',
    ],
    [
      q('levelled off', 'the study'),
      q('You don’t need to run a marathon,', 'Ingrid Solberg'),
      q('Just moving more every day makes a real difference.', 'Ingrid Solberg'),
    ],
  ),
  passage(
    'science-02',
    ['science', 'appositive'],
    [
      'A team of astronomers says it has found the faintest galaxy ever detected in the early universe.',
      '“It is like finding a candle on the Moon,” the team’s leader, Professor Amir Haddad of the Lisbon Institute of Astrophysics, said.',
      'Other scientists were cautious. Dr Chloe Brandt, who was not involved in the work, said the result was “exciting but needs confirmation.”',
    ],
    [q('It is like finding a candle on the Moon,', 'Amir Haddad'), q('exciting but needs confirmation.', 'Chloe Brandt')],
  ),
  passage(
    'local-01',
    ['local'],
    [
      'Councillors in Brackenfield voted 7-4 on Tuesday night to close the town’s last public swimming pool.',
      '“I did not come into politics to shut things,” said Councillor Joan Meadows, who voted in favour. “But I also cannot conjure money out of thin air.”',
      'Councillor Ben Achebe said the decision was “short-sighted” and would hit families hardest.',
      'Dozens of residents packed the public gallery.',
    ],
    [
      q('I did not come into politics to shut things,', 'Joan Meadows'),
      q('But I also cannot conjure money out of thin air.', 'Joan Meadows'),
      q('short-sighted', 'Ben Achebe'),
    ],
  ),
  passage(
    'local-02',
    ['local', 'unnamed'],
    [
      'Plans for 240 homes on farmland north of Eastleigh Green have been approved despite more than 300 objections.',
      '“The roads here can’t cope as it is,” said one resident, who did not want to be named.',
      'Planning committee chair Derek Lum said the scheme included a new primary school and “much-needed affordable housing.”',
      'Developer Oakfield Homes said it hoped to start building next year.',
    ],
    [q('The roads here can’t cope as it is,', 'resident (unnamed)'), q('much-needed affordable housing.', 'Derek Lum')],
  ),
  passage(
    'local-03',
    ['local', 'role_noun', 'quote_about_someone'],
    [
      'Mayor Teresa Odum defended the city’s new parking charges on Monday, saying the money would go to fixing roads.',
      '“Nobody likes paying to park,” the mayor said. “But nobody likes potholes either.”',
      'Council member Frank Ruiz, who has led opposition to the charges, said Odum was “out of touch with small businesses.”',
    ],
    [
      q('Nobody likes paying to park,', 'Teresa Odum'),
      q('But nobody likes potholes either.', 'Teresa Odum'),
      q('out of touch with small businesses.', 'Frank Ruiz'),
    ],
  ),
  passage(
    'local-04',
    ['local', 'role_then_pronoun', 'unnamed'],
    [
      'The head teacher of St Aidan’s Primary says the school will stay open despite the fire. The blaze, which was spotted by caretaker Martin Crabbe at 6 a.m., destroyed two classrooms.',
      '“The children will be back on Monday, even if some lessons are in the hall,” she said.',
    ],
    [q('The children will be back on Monday, even if some lessons are in the hall,', 'head teacher (unnamed)')],
  ),
  passage(
    'obit-01',
    ['obituary'],
    [
      'Margaret Ellery, who ran the village shop in Thornby for more than 40 years, has died at the age of 91.',
      'Born in 1934 in Leicester, she moved to Thornby after marrying her husband, Jack, a farmer, in 1956. She took over the shop in 1971.',
      '“She knew everybody’s business and kept every secret,” her daughter, Ruth Cairns, said. “People came in for a pint of milk and stayed for an hour.”',
      'In a 2015 interview with the local paper, Mrs Ellery said she had “never wanted to be anywhere else.”',
    ],
    [
      q('She knew everybody’s business and kept every secret,', 'Ruth Cairns'),
      q('People came in for a pint of milk and stayed for an hour.', 'Ruth Cairns'),
      q('never wanted to be anywhere else.', 'Margaret Ellery'),
    ],
  ),
  passage(
    'obit-02',
    ['obituary', 'same_surname'],
    [
      'Harold Voss, the jazz pianist whose recordings in the 1960s influenced a generation of players, died on Sunday in New Orleans. He was 88.',
      'His death was confirmed by his son, Daniel Voss.',
      '“I never learned to read music properly,” Mr. Voss once told an interviewer. “I just listened until my fingers knew where to go.”',
      'The critic Leonard Ames called him “the most generous accompanist of his era.”',
    ],
    [
      q('I never learned to read music properly,', 'Harold Voss'),
      q('I just listened until my fingers knew where to go.', 'Harold Voss'),
      q('the most generous accompanist of his era.', 'Leonard Ames'),
    ],
  ),
  passage(
    'transcript-01',
    ['transcript'],
    [
      'The following interview with Fiona Kettering, the new head of the Wexley Arts Trust, has been edited for length.',
      'Q: Why did you take the job?',
      'A: Because I grew up two streets from the theatre and I could not watch it close.',
      'Q: What will change first?',
      'A: The prices. Nobody should pay more than a tenner to sit in the gallery.',
    ],
    [
      q('Why did you take the job?', 'interviewer'),
      q('Because I grew up two streets from the theatre and I could not watch it close.', 'Fiona Kettering'),
      q('What will change first?', 'interviewer'),
      q('The prices. Nobody should pay more than a tenner to sit in the gallery.', 'Fiona Kettering'),
    ],
  ),
  passage(
    'transcript-02',
    ['transcript'],
    [
      'Part of the exchange between Sarah Hollis and Tendai Mbeki during Thursday’s debate on Radio Westfield:',
      'HOLLIS: You voted to cut the bus budget three years running.',
      'MBEKI: And every year the buses ran on time.',
      'HOLLIS: Tell that to the people of Carrow Hill.',
    ],
    [
      q('You voted to cut the bus budget three years running.', 'Sarah Hollis'),
      q('And every year the buses ran on time.', 'Tendai Mbeki'),
      q('Tell that to the people of Carrow Hill.', 'Sarah Hollis'),
    ],
  ),
  passage(
    'wire-01',
    ['wire', 'dateline', 'appositive'],
    [
      'GENEVA, March 4 — The secretary-general of the International Maritime Safety Forum, a Geneva-based body that sets standards for cargo vessels, said on Tuesday that inspections would double.',
      '“We have seen too many ships sail that should never have left port,” the secretary-general, Arturo Vidal Pineda, a former Chilean navy captain, told reporters.',
      '“Nobody is against safety, but this will be paid for by consumers,” said Hanne Lund of the Nordic Shipowners’ Association.',
    ],
    [
      q('We have seen too many ships sail that should never have left port,', 'Arturo Vidal Pineda'),
      q('Nobody is against safety, but this will be paid for by consumers,', 'Hanne Lund'),
    ],
  ),
  passage(
    'wire-02',
    ['wire', 'dateline', 'appositive', 'unnamed'],
    [
      'KAMPALA, Uganda — Floods have displaced more than 20,000 people in eastern Uganda, officials said Friday.',
      '“Whole villages have been cut off,” said Esther Nakato, the district commissioner for Bududa, one of the worst-hit areas, where rain has fallen almost without a break for nine days.',
      'The Red Cross said it had sent tents and water-purification tablets. “The next 48 hours are critical,” a spokesman for the agency said.',
    ],
    [q('Whole villages have been cut off,', 'Esther Nakato'), q('The next 48 hours are critical,', 'spokesman for the agency (unnamed)')],
  ),
  passage(
    'wire-03',
    ['wire', 'dateline', 'organisation'],
    [
      'VALDORA, Estravia — The Ministry of Health said on Sunday that it had confirmed 14 new cases of the virus, calling the situation “serious but under control.”',
      '“We are asking people not to panic,” Health Minister Lucia Ferran told a news conference.',
    ],
    [q('serious but under control.', 'Ministry of Health'), q('We are asking people not to panic,', 'Lucia Ferran')],
  ),
  passage(
    'gender-01',
    ['same_gender'],
    [
      'The two candidates for mayor of Fenwick, Dolores Quinn and Mariah Stokes, clashed over housing at a forum on Wednesday.',
      'Quinn, a two-term councilwoman, said the city needed to build “up, not out.” Stokes disagreed. “Tall towers are not the answer for a town this size,” she said.',
      'Quinn accused her rival of having “no plan at all.” “I have a 40-page plan,” Stokes replied. “She should read it.”',
    ],
    [
      q('up, not out.', 'Dolores Quinn'),
      q('Tall towers are not the answer for a town this size,', 'Mariah Stokes'),
      q('no plan at all.', 'Dolores Quinn'),
      q('I have a 40-page plan,', 'Mariah Stokes'),
      q('She should read it.', 'Mariah Stokes'),
    ],
  ),
  passage(
    'gender-02',
    ['same_gender'],
    [
      'Farmers’ union president Alan Crewe met agriculture minister Colin Baird in Perth on Monday to discuss drought relief.',
      'After the meeting Crewe said the talks had been “frank.” “We told him exactly how bad it is out there,” he said.',
      'Baird said the government would announce a package within weeks. “I have heard them, and we will act,” he said.',
    ],
    [q('frank.', 'Alan Crewe'), q('We told him exactly how bad it is out there,', 'Alan Crewe'), q('I have heard them, and we will act,', 'Colin Baird')],
  ),
  passage(
    'open-01',
    ['unclosed_paragraph_quote'],
    [
      'At the memorial service, the ship’s captain, Erik Halvorsen, spoke for nearly ten minutes. “Those four men went into the water so that others could live,” he said.',
      '“They did not hesitate. They did not ask what it would cost them.',
      '“We owe them more than a plaque on a wall.”',
      'Relatives laid wreaths at the harbour afterwards.',
    ],
    [
      q('Those four men went into the water so that others could live,', 'Erik Halvorsen'),
      q('They did not hesitate. They did not ask what it would cost them.', 'Erik Halvorsen'),
      q('We owe them more than a plaque on a wall.', 'Erik Halvorsen'),
    ],
  ),
  passage(
    'open-02',
    ['unclosed_paragraph_quote'],
    [
      '“The timetable was never realistic,” said Priya Nair, who chairs the rail users’ group. “Everyone in the industry knew it.',
      '“Now passengers are paying the price.”',
      'Network operator Railfirst said the delays were caused by “unforeseen ground conditions.”',
    ],
    [
      q('The timetable was never realistic,', 'Priya Nair'),
      q('Everyone in the industry knew it.', 'Priya Nair'),
      q('Now passengers are paying the price.', 'Priya Nair'),
      q('unforeseen ground conditions.', 'Railfirst'),
    ],
  ),
  passage(
    'nested-01',
    ['nested_quotes'],
    [
      '“My father always said, ‘Never sell the land,’ and I never have,” said Owen Trask, whose family has farmed near Dunloe since 1870.',
      'His neighbour, Siobhan Kerr, told a different story. “Owen’s father sold half of it in the seventies,” she said, laughing.',
    ],
    [q('My father always said, ‘Never sell the land,’ and I never have,', 'Owen Trask'), q('Owen’s father sold half of it in the seventies,', 'Siobhan Kerr')],
  ),
  passage(
    'added-01',
    ['continuation'],
    [
      'Fire chief Lorraine Dube said crews had been called to the warehouse shortly after 2 a.m.',
      '“When we arrived the roof had already partly collapsed,” she said. “We made the decision to fight it from outside.”',
      '“Nobody was inside, thank God,” she added.',
      '“It will be days before we know the cause,” she continued.',
    ],
    [
      q('When we arrived the roof had already partly collapsed,', 'Lorraine Dube'),
      q('We made the decision to fight it from outside.', 'Lorraine Dube'),
      q('Nobody was inside, thank God,', 'Lorraine Dube'),
      q('It will be days before we know the cause,', 'Lorraine Dube'),
    ],
  ),
  passage(
    'unnamed-01',
    ['unnamed', 'organisation'],
    [
      'The government is preparing to raise the state pension age to 68 sooner than planned, two officials with knowledge of the plans said.',
      '“The numbers simply don’t add up otherwise,” one of them said, speaking on condition of anonymity because the decision has not been announced.',
      'The Treasury said: “We do not comment on speculation.”',
    ],
    [q('The numbers simply don’t add up otherwise,', 'official (unnamed)'), q('We do not comment on speculation.', 'Treasury')],
  ),
  passage(
    'titles-01',
    ['non_quote_quotation_marks'],
    [
      'The film “The Long Field” opened in 300 cinemas on Friday and took £1.2 million, its distributor said.',
      'The film, based on the novel “Harvest Moon” by Alice Corrigan, stars newcomer Theo Ranner as a so-called “weekend farmer” who inherits a failing dairy.',
    ],
    [],
  ),
  passage(
    'titles-02',
    ['non_quote_quotation_marks'],
    [
      'The council’s new “smart” bins, which tell collectors when they are full, will be rolled out across the borough next month.',
      'The scheme, branded “Bin There”, cost £600,000 and was approved by the cabinet member for the environment, Paula Stiles.',
    ],
    [],
  ),
  passage(
    'titles-03',
    ['non_quote_quotation_marks', 'sport'],
    [
      "Ravi Menon's ''Perfect Pitch'' podcast, recorded in his garden shed, has been downloaded two million times.",
      'Menon, a former goalkeeper, will host a live edition at the Apollo on May 9 under the title "Saved!".',
    ],
    [],
  ),
  passage(
    'document-01',
    ['document'],
    [
      'According to the report, the hospital’s emergency department was “chronically understaffed” on at least 40 nights last winter.',
      'Health board chief executive Morag Dunn said she accepted the findings in full. “We let patients down, and I am sorry,” she said.',
    ],
    [q('chronically understaffed', 'the report'), q('We let patients down, and I am sorry,', 'Morag Dunn')],
  ),
  passage(
    'org-01',
    ['organisation'],
    [
      'Brightwater Utilities apologised on Thursday for a sewage leak that closed two beaches. “We fell short of the standards our customers expect,” the company said.',
      'Environment campaigner Feargal Byrne said an apology was “not enough.” “They should be fined, and heavily,” he said.',
    ],
    [
      q('We fell short of the standards our customers expect,', 'Brightwater Utilities'),
      q('not enough.', 'Feargal Byrne'),
      q('They should be fined, and heavily,', 'Feargal Byrne'),
    ],
  ),
  passage(
    'org-02',
    ['organisation', 'same_gender'],
    [
      'Environment Secretary Helen Marsh unveiled plans for a deposit-return scheme for bottles on Tuesday. The Packaging Federation, which represents manufacturers, said the timetable was “unworkable.”',
      '“We have given industry three years’ notice,” Marsh said. “That is more than enough.”',
    ],
    [q('unworkable.', 'Packaging Federation'), q('We have given industry three years’ notice,', 'Helen Marsh'), q('That is more than enough.', 'Helen Marsh')],
  ),
  passage(
    'about-01',
    ['quote_about_someone'],
    [
      '“Rosa Delgado is the best finance minister this country has had in a generation,” said opposition MP Tomas Lindqvist, in a rare moment of cross-party praise.',
      'Delgado, speaking later, said she was “touched” by the remark.',
    ],
    [q('Rosa Delgado is the best finance minister this country has had in a generation,', 'Tomas Lindqvist'), q('touched', 'Rosa Delgado')],
  ),
  passage(
    'protest-01',
    ['group'],
    [
      'Thousands marched through the centre of Karsby on Saturday to protest against the closure of the steelworks. Protesters chanted “Save our jobs” as they passed the town hall.',
      '“My father worked there, and his father before him,” said Kevin Doyle, 47, a crane operator. “What are my kids supposed to do?”',
    ],
    [
      q('Save our jobs', 'Protesters'),
      q('My father worked there, and his father before him,', 'Kevin Doyle'),
      q('What are my kids supposed to do?', 'Kevin Doyle'),
    ],
  ),
  passage(
    'sport-07',
    ['sport', 'role_noun'],
    [
      'Striker Nuno Alves was sent off in the 34th minute as Carden United lost 2-0 at home to Westby.',
      'Hours later, the striker posted on Instagram: “Sorry to the fans. I let the team down.”',
      'United’s manager, Kath Brody, said she would speak to Alves privately. “What happens in the dressing room stays there,” Brody said.',
    ],
    [q('Sorry to the fans. I let the team down.', 'Nuno Alves'), q('What happens in the dressing room stays there,', 'Kath Brody')],
  ),
  passage(
    'politics-01',
    ['participle'],
    [
      'Asked whether she would resign, Chancellor Beatrice Lamb said: “Absolutely not. I have done nothing wrong.”',
      'Her predecessor, Ian Sutter, said in a radio interview that Lamb should “consider her position.”',
    ],
    [q('Absolutely not. I have done nothing wrong.', 'Beatrice Lamb'), q('consider her position.', 'Ian Sutter')],
  ),
  passage(
    'family-01',
    ['group', 'organisation'],
    [
      'Jordan Pike, 17, died after being hit by a car on the A38 near Bromsgrove on Saturday night.',
      'His family said in a statement: “Jordan was the light of our lives. He loved football, music and his little sister.”',
      'West Mercia Police appealed for witnesses. “We would urge anyone with dashcam footage to come forward,” said Sergeant Neil Amos.',
    ],
    [
      q('Jordan was the light of our lives. He loved football, music and his little sister.', 'family'),
      q('We would urge anyone with dashcam footage to come forward,', 'Neil Amos'),
    ],
  ),
  passage(
    'british-04',
    ['british_single_quotes'],
    [
      'Adaeze Okoro opened her bakery in Walthamstow in 2019 with a £5,000 loan from her brother.',
      '‘People told me I was mad,’ said Ms Okoro, 38. ‘Maybe I was, but the queue outside on a Saturday says otherwise.’',
      'Her brother, Chidi, who now runs the shop’s deliveries, said he had ‘never doubted her for a second’.',
    ],
    [
      q('People told me I was mad,', 'Adaeze Okoro'),
      q('Maybe I was, but the queue outside on a Saturday says otherwise.', 'Adaeze Okoro'),
      q('never doubted her for a second', 'Chidi'),
    ],
  ),
  passage(
    'british-05',
    ['british_single_quotes', 'same_surname'],
    [
      'John and Mary Lowther have run the Red Lion in Ambleside for 30 years.',
      '‘We never wanted to sell,’ said Mrs Lowther. ‘But our knees made the decision for us.’',
      '‘She means my knees,’ said Mr Lowther.',
    ],
    [q('We never wanted to sell,', 'Mary Lowther'), q('But our knees made the decision for us.', 'Mary Lowther'), q('She means my knees,', 'John Lowther')],
  ),
  passage(
    'same-surname-01',
    ['same_surname'],
    ['Tom Reilly and his son, Sean Reilly, have fished out of Kilmore Quay together for 20 years.', '“The quotas are killing us,” Reilly said.'],
    [q('The quotas are killing us,', null)],
  ),
  passage(
    'sport-08',
    ['sport', 'role_noun', 'same_gender'],
    ['Lars Visser beat Tom Pike 7-5, 6-4 in the final at Halle on Sunday.', '“I never felt in control, but I found a way,” said the Dutchman.'],
    [q('I never felt in control, but I found a way,', 'Lars Visser')],
  ),
  passage(
    'court-05',
    ['court', 'role_noun'],
    [
      'Judge Amelia Ross adjourned the case against Dylan Price until May.',
      '“I will not be rushed,” the judge said.',
      '“The defence needs more time to review the phone records,” said Price’s barrister, Clive Onu.',
    ],
    [q('I will not be rushed,', 'Amelia Ross'), q('The defence needs more time to review the phone records,', 'Clive Onu')],
  ),
  passage(
    'business-07',
    ['business', 'organisation'],
    [
      'Harlow Motors said in a filing on Monday that it expected a loss of up to $300 million for the quarter. “We are taking the pain now,” chief financial officer Dana Webb told analysts.',
      'Some analysts were sceptical. “This is the third reset in two years,” said Ben Ortiz of Crestline Capital.',
    ],
    [q('We are taking the pain now,', 'Dana Webb'), q('This is the third reset in two years,', 'Ben Ortiz')],
  ),
  passage(
    'science-03',
    ['science', 'group'],
    [
      'Bees exposed to the pesticide were twice as likely to get lost on their way back to the hive, the study found.',
      'The researchers wrote that the effect was “unexpected and striking.”',
    ],
    [q('unexpected and striking.', 'researchers')],
  ),
  passage(
    'local-05',
    ['local', 'british_single_quotes'],
    ['Cllr Sue Baines said the library in Holmford would stay open. ‘It is the heart of the village,’ she said.'],
    [q('It is the heart of the village,', 'Sue Baines')],
  ),
  passage(
    'unnamed-02',
    ['unnamed'],
    [
      'The ministry’s inflation figures have been questioned by economists for months.',
      '“Nobody in the building believes the numbers,” said a senior official at the ministry, who was not authorised to speak publicly.',
    ],
    [q('Nobody in the building believes the numbers,', 'senior official at the ministry (unnamed)')],
  ),
  passage(
    'headline-01',
    ['headline'],
    [
      'Mayor: “We will rebuild”',
      'The mayor of Corby Vale, Ingrid Solheim, promised on Friday to rebuild the market hall destroyed by fire.',
      '“We will rebuild, and it will be better than before,” she said.',
    ],
    [q('We will rebuild, and it will be better than before,', 'Ingrid Solheim')],
  ),
  passage(
    'titles-04',
    ['non_quote_quotation_marks'],
    [
      'Her memoir, “Never Look Back,” was published in 2019 and spent a year on the bestseller list.',
      '“Writing it was harder than any race I ran,” said Joanna Pratt, the former marathon champion.',
    ],
    [q('Writing it was harder than any race I ran,', 'Joanna Pratt')],
  ),
  passage(
    'sport-09',
    ['sport', 'continuation'],
    [
      'Defender Kai Omondi signed a new contract with Brackley on Friday, ending months of speculation.',
      '"I never wanted to leave," Omondi said. "This is home."',
      'Manager Stuart Vance was delighted. Vance said Omondi was "the first name on the team sheet."',
      '"He deserves every penny," he added.',
      'The club\'s owner, Farah Iqbal, said she had never doubted him. "Kai is family," she said.',
      'Rival boss Glen Ruddock, whose bid for Omondi was rejected in January, was less gracious. "Good luck to them," Ruddock said. "They will need it."',
    ],
    [
      q('I never wanted to leave,', 'Kai Omondi'),
      q('This is home.', 'Kai Omondi'),
      q('the first name on the team sheet.', 'Stuart Vance'),
      q('He deserves every penny,', 'Stuart Vance'),
      q('Kai is family,', 'Farah Iqbal'),
      q('Good luck to them,', 'Glen Ruddock'),
      q('They will need it.', 'Glen Ruddock'),
    ],
  ),
  passage(
    'court-06',
    ['court', 'same_gender'],
    [
      'The prosecutor, Nadia Fell, told the jury that Oliver Drake had planned the robbery for weeks.',
      '"This was no moment of madness," she said.',
      'Drake\'s counsel, Simon Hart, said the evidence was "thin at best."',
      '"My client was at work that night," he said. "His manager will tell you so."',
      'Judge Patricia Ames warned the public gallery to stay silent. "One more outburst and I will clear the court," the judge said.',
    ],
    [
      q('This was no moment of madness,', 'Nadia Fell'),
      q('thin at best.', 'Simon Hart'),
      q('My client was at work that night,', 'Simon Hart'),
      q('His manager will tell you so.', 'Simon Hart'),
      q('One more outburst and I will clear the court,', 'Patricia Ames'),
    ],
  ),
  passage(
    'wire-04',
    ['wire', 'dateline', 'same_gender'],
    [
      "SYDNEY — Australia's central bank held interest rates at 4.1% on Tuesday, as expected.",
      '"Inflation is moving in the right direction, but it is not there yet," Governor Michelle Bullard said in a statement.',
      'Treasurer Jim Chalmerson welcomed the decision. "Australians will be relieved," he told reporters in Canberra.',
      'Opposition finance spokeswoman Jane Humes said the government had "lost control of spending."',
      '"Every household knows it," she said.',
      'The Australian Securities Exchange rose 0.4%. "Markets had priced this in," said Con Michael, an analyst at AxiCorp.',
    ],
    [
      q('Inflation is moving in the right direction, but it is not there yet,', 'Michelle Bullard'),
      q('Australians will be relieved,', 'Jim Chalmerson'),
      q('lost control of spending.', 'Jane Humes'),
      q('Every household knows it,', 'Jane Humes'),
      q('Markets had priced this in,', 'Con Michael'),
    ],
  ),
  passage(
    'british-06',
    ['british_single_quotes', 'same_surname'],
    [
      "'I've never seen anything like it,' said Pc Gareth Evans, who was first on the scene.",
      "The driver, a 45-year-old man from Cardiff, was taken to hospital. His wife said he had been 'in shock'.",
      "Ms Evans, a neighbour who is not related to the officer, said: 'The whole street shook.'",
      "'We heard a bang and ran outside,' she added. 'It was chaos.'",
    ],
    [
      q("I've never seen anything like it,", 'Gareth Evans'),
      q('in shock', 'wife'),
      q('The whole street shook.', 'Ms Evans'),
      q('We heard a bang and ran outside,', 'Ms Evans'),
      q('It was chaos.', 'Ms Evans'),
    ],
  ),
  passage(
    'politics-02',
    ['participle'],
    [
      'Ayesha Malik, the first woman to lead the Northern Rail Union, told members on Saturday that the strike would go ahead.',
      '"We have been patient for two years," Malik told a rally in Leeds. "Patience has run out."',
      'Transport Secretary Graham Lowe said the strike was "completely unjustified." Lowe, speaking on BBC Radio 4, added: "The offer on the table is fair."',
      'Asked whether she would meet Lowe, Malik said: "My door is always open. His seems to be locked."',
    ],
    [
      q('We have been patient for two years,', 'Ayesha Malik'),
      q('Patience has run out.', 'Ayesha Malik'),
      q('completely unjustified.', 'Graham Lowe'),
      q('The offer on the table is fair.', 'Graham Lowe'),
      q('My door is always open. His seems to be locked.', 'Ayesha Malik'),
    ],
  ),
  passage(
    'obit-03',
    ['obituary', 'organisation'],
    [
      'Silvia Moretti, who founded the Moretti fashion house in Milan in 1968 and dressed three generations of Italian film stars, died on Tuesday at her home in Como. She was 92.',
      'Her death was announced by the company, which said in a statement that she had died "peacefully, surrounded by family."',
      '"She taught me that elegance is a form of respect," said the actress Giulia Ferro, who wore Moretti gowns at five Venice film festivals.',
      'In a 1994 interview, Moretti said: "I have never designed for a body I did not like."',
    ],
    [
      q('peacefully, surrounded by family.', 'company'),
      q('She taught me that elegance is a form of respect,', 'Giulia Ferro'),
      q('I have never designed for a body I did not like.', 'Silvia Moretti'),
    ],
  ),
  passage(
    'titles-05',
    ['non_quote_quotation_marks', 'sport'],
    [
      'Nicknamed "The Hammer" for his fierce serve, Pieter Smit won his third title in Basel on Sunday.',
      'The tournament, sponsored by the bank\'s "Future Stars" programme, drew a record crowd.',
      'Smit dedicated the win to his late coach. His new memoir, "Second Serve," comes out in May.',
    ],
    [],
  ),
  passage(
    'local-06',
    ['local', 'group'],
    [
      'Supporters of the bypass say it will cut journey times in half. Opponents call it "a road to nowhere."',
      '"It will destroy the last ancient woodland in the county," said Fiona Greer of the Save Oakley Wood campaign.',
      'The council\'s cabinet member for transport, Councillor Derek Shaw, disagreed. "Doing nothing is not an option," he said.',
      'Greer said the campaign would seek a judicial review.',
      '"We will fight this all the way," she said.',
    ],
    [
      q('a road to nowhere.', 'Opponents'),
      q('It will destroy the last ancient woodland in the county,', 'Fiona Greer'),
      q('Doing nothing is not an option,', 'Derek Shaw'),
      q('We will fight this all the way,', 'Fiona Greer'),
    ],
  ),
  passage(
    'health-01',
    ['according_to'],
    [
      'Ryan Cole, 34, said he had waited six hours in the emergency department, adding: "Nobody told us anything."',
      'The hospital\'s medical director, Dr. Priya Raman, apologised. "That is not the care we want to give," she said, noting that staff had treated a record 412 patients that day.',
      'According to Cole, who has asthma, the waiting room was "standing room only."',
      '"My daughter sat on the floor," Cole\'s wife, Tanya, said.',
    ],
    [
      q('Nobody told us anything.', 'Ryan Cole'),
      q('That is not the care we want to give,', 'Priya Raman'),
      q('standing room only.', 'Ryan Cole'),
      q('My daughter sat on the floor,', 'Tanya'),
    ],
  ),
  passage(
    'wire-05',
    ['role_then_pronoun', 'unnamed'],
    [
      'Rescuers pulled a 70-year-old woman from the rubble of her home in Antakya on Thursday, four days after the earthquake.',
      '"We heard her voice at dawn," said Emre Kaya, a volunteer from Istanbul. "We dug with our hands."',
      'The woman, whose name was not released, was taken to a field hospital. Doctors said she was dehydrated but "remarkably strong."',
      'Her son, who had waited at the site since Monday, wept. "I never lost hope," he said.',
    ],
    [
      q('We heard her voice at dawn,', 'Emre Kaya'),
      q('We dug with our hands.', 'Emre Kaya'),
      q('remarkably strong.', 'Doctors'),
      q('I never lost hope,', 'her son'),
    ],
  ),
  passage(
    'local-07',
    ['local', 'same_gender', 'unnamed'],
    [
      'Mayor Dana Whitlock and her predecessor, Rob Haines, have not spoken since the election.',
      '"I wish him well," Whitlock said on Tuesday.',
      'Haines, reached by phone, was less generous. "She inherited a balanced budget and blew it," he said.',
      '"That is simply false," a spokeswoman for the mayor said.',
    ],
    [
      q('I wish him well,', 'Dana Whitlock'),
      q('She inherited a balanced budget and blew it,', 'Rob Haines'),
      q('That is simply false,', 'spokeswoman for the mayor (unnamed)'),
    ],
  ),
];
