// The own set's eleventh part ("fresh 10"): written by a second engineer during the ninth round of
// rules, without reading that round's rules, its probes or its own new part (fresh 9), so the round
// is measured on text its author never saw. Every earlier part was written by the engineer who
// then wrote the rules, which the README names as their figures' leakage; this part is the check
// on that. It follows no round's shapes: wire politics, courts, sport, business, science,
// obituaries, health, local news, features, transcripts and British single quotes, in the lengths
// and mixes real stories have (several people in one story, pronoun chains, quotes about someone,
// partial quotes, scare quotes, organisations and unnamed sources). Measured only: score-own.ts
// shows its mistakes only with --fresh10. Same gold conventions as passages.ts. People, places and
// organisations are made up.
import type { GoldItem } from '../dev-metrics';
import { passage, q } from './passages';

export const ownSetFresh10: GoldItem[] = [
  passage(
    'f10-wire-01',
    ['wire', 'politics', 'pronoun_speaker', 'multiple_speakers'],
    [
      'KASVARA, March 4 (Reuters) - Prime Minister Oskar Lindqvist on Tuesday rejected calls for an early election, saying his coalition still had a working majority in parliament.',
      '“The people gave us a mandate for four years, and we intend to use all four of them,” Lindqvist told reporters after a cabinet meeting.',
      'Opposition leader Marta Haugen said the government had lost the confidence of the country. “Every week another minister resigns. This is not a government, it is a waiting room,” she said in a statement.',
      'Lindqvist dismissed the criticism. “She has said the same thing every month since we took office,” he said.',
    ],
    [
      q('The people gave us a mandate for four years, and we intend to use all four of them,', 'Oskar Lindqvist'),
      q('Every week another minister resigns. This is not a government, it is a waiting room,', 'Marta Haugen'),
      q('She has said the same thing every month since we took office,', 'Oskar Lindqvist'),
    ],
  ),
  passage(
    'f10-court-01',
    ['courts', 'multiple_speakers', 'role_speaker'],
    [
      'A former council finance officer who diverted £214,000 into her own accounts over six years has been jailed for three years and four months.',
      'Sandra Pike, 52, of Holmwood, admitted fraud by abuse of position at Carlow Crown Court.',
      'Prosecutor Neil Okafor told the court the money had been meant for repairs to sheltered housing. “Residents lived with broken lifts and leaking roofs while the repairs budget was quietly emptied,” he said.',
      'Pike’s barrister, Helen Marsh, said her client had been in the grip of a gambling addiction. “She is deeply ashamed and has repaid what she can,” Ms Marsh said.',
      'Passing sentence, Judge Peter Aldous said: “This was a sustained and deliberate breach of trust. The victims were among the most vulnerable people in the borough.”',
    ],
    [
      q('Residents lived with broken lifts and leaking roofs while the repairs budget was quietly emptied,', 'Neil Okafor'),
      q('She is deeply ashamed and has repaid what she can,', 'Helen Marsh'),
      q('This was a sustained and deliberate breach of trust. The victims were among the most vulnerable people in the borough.', 'Peter Aldous'),
    ],
  ),
  passage(
    'f10-sport-01',
    ['sport', 'pronoun_speaker', 'quote_about_someone'],
    [
      'Rovers manager Gary Feltham praised his goalkeeper after a 1-0 win at Dunmore kept his side top of the table.',
      '“Tomasz has been outstanding all season, and today he won us the game on his own,” Feltham said. “I don’t think he has made a mistake since August.”',
      'Tomasz Brzeski, who saved a penalty in the 88th minute, was more modest. “I guessed right, that is all. The lads did the hard work,” he said.',
      'Dunmore’s manager, Ian Rudd, felt his side deserved a point. “We had the chances. On another day we win that,” he said.',
    ],
    [
      q('Tomasz has been outstanding all season, and today he won us the game on his own,', 'Gary Feltham'),
      q('I don’t think he has made a mistake since August.', 'Gary Feltham'),
      q('I guessed right, that is all. The lads did the hard work,', 'Tomasz Brzeski'),
      q('We had the chances. On another day we win that,', 'Ian Rudd'),
    ],
  ),
  passage(
    'f10-biz-01',
    ['business', 'organisation_speaker', 'according_to', 'role_speaker'],
    [
      'Shares in Brennan Foods fell 9 per cent on Thursday after the frozen-meals maker cut its profit forecast for the second time this year, blaming higher energy costs.',
      'The company said in a trading update that operating profit would be “at the lower end” of analysts’ expectations.',
      '“We have taken decisive action on costs, but the second half will be challenging,” chief executive Laura Brennan said.',
      'According to Priya Nandakumar, an analyst at Castlegate Securities, the warning was worse than the market had feared. “Two downgrades in six months tells you the business has lost its pricing power,” she said.',
    ],
    [
      q('at the lower end', 'Brennan Foods'),
      q('We have taken decisive action on costs, but the second half will be challenging,', 'Laura Brennan'),
      q('Two downgrades in six months tells you the business has lost its pricing power,', 'Priya Nandakumar'),
    ],
  ),
  passage(
    'f10-science-01',
    ['science', 'multiple_speakers', 'document_speaker'],
    [
      'Bumblebees that forage near busy roads carry up to four times more fine dust on their bodies than those in quiet meadows, according to a study published on Wednesday.',
      '“We did not expect the difference to be so large,” said Dr Amara Kote, an ecologist at the University of Selbridge who led the research. “The bees are essentially acting as air filters.”',
      'The paper says the dust may make it harder for the insects to detect the scent of flowers.',
      'Professor Julian Rees, who was not involved in the study, called the findings “striking but preliminary.” “It is one summer in one city. I would want to see it repeated before anyone draws conclusions,” he said.',
    ],
    [
      q('We did not expect the difference to be so large,', 'Amara Kote'),
      q('The bees are essentially acting as air filters.', 'Amara Kote'),
      q('striking but preliminary.', 'Julian Rees'),
      q('It is one summer in one city. I would want to see it repeated before anyone draws conclusions,', 'Julian Rees'),
    ],
  ),
  passage(
    'f10-obit-01',
    ['obituary', 'group_speaker', 'multiple_speakers'],
    [
      'Margaret Ellwood, the conductor who founded the Northern Youth Orchestra and led it for 31 years, has died aged 88.',
      'Her family said in a statement that she died peacefully at home on Sunday. “She gave thousands of young people their first taste of a concert hall, and she never stopped believing in them,” the statement said.',
      'The cellist Daniel Okoro, who joined the orchestra at 14, said she had changed his life. “She told me I was good enough before I believed it myself,” he said.',
    ],
    [
      q('She gave thousands of young people their first taste of a concert hall, and she never stopped believing in them,', 'Her family'),
      q('She told me I was good enough before I believed it myself,', 'Daniel Okoro'),
    ],
  ),
  passage(
    'f10-anon-01',
    ['wire', 'unnamed_source', 'according_to'],
    [
      'The defence ministry is preparing to cut the number of army battalions from 24 to 19 under a review due to be published next month, two people familiar with the plans said.',
      '“The numbers simply do not add up any more,” one official who has seen the draft said, speaking on condition of anonymity because the review has not been published.',
      'A ministry spokesperson said it did not comment on leaks. “No decisions have been taken,” the spokesperson said.',
    ],
    [q('The numbers simply do not add up any more,', 'official (unnamed)'), q('No decisions have been taken,', 'ministry spokesperson (unnamed)')],
  ),
  passage(
    'f10-british-01',
    ['british_single_quotes', 'local', 'pronoun_speaker'],
    [
      'Villagers in Little Harrow have won their fight to keep the last red telephone box on the green.',
      "Parish council chairman Derek Lowe said the box would be turned into a small library. 'People have been walking past it for fifty years. Now they will have a reason to stop,' he said.",
      "BT had planned to remove it in the spring. 'We are pleased it will have a new life,' a BT spokesman said.",
    ],
    [
      q('People have been walking past it for fifty years. Now they will have a reason to stop,', 'Derek Lowe'),
      q('We are pleased it will have a new life,', 'BT spokesman (unnamed)'),
    ],
  ),
  passage(
    'f10-british-02',
    ['british_single_quotes', 'health', 'multiple_speakers'],
    [
      'A&E waiting times at Westmoor General were the worst in the region last month, figures show.',
      "Hospital chief executive Rachel Dunn said staff were working 'flat out'. 'We are seeing more patients than at any point in the hospital's history,' she said.",
      "Local MP Colin Stroud said the figures were 'a disgrace'. 'My constituents deserve better than a twelve-hour wait on a trolley,' he added.",
    ],
    [
      q('flat out', 'Rachel Dunn'),
      q("We are seeing more patients than at any point in the hospital's history,", 'Rachel Dunn'),
      q('a disgrace', 'Colin Stroud'),
      q('My constituents deserve better than a twelve-hour wait on a trolley,', 'Colin Stroud'),
    ],
  ),
  passage(
    'f10-qa-01',
    ['interview', 'qa_transcript'],
    [
      'The novelist Ines Calderón talked to us about her new book, her first in nine years.',
      'Q: Why did it take so long?',
      'A: I wrote two other novels and threw them both away. Neither of them was true enough.',
      'Q: Will you keep writing?',
      'A: As long as someone will read it. Probably longer.',
    ],
    [
      q('Why did it take so long?', 'interviewer (unnamed)'),
      q('I wrote two other novels and threw them both away. Neither of them was true enough.', 'Ines Calderón'),
      q('Will you keep writing?', 'interviewer (unnamed)'),
      q('As long as someone will read it. Probably longer.', 'Ines Calderón'),
    ],
  ),
  passage(
    'f10-transcript-01',
    ['transcript', 'qa_transcript', 'multiple_speakers'],
    [
      'An excerpt from Tuesday’s committee hearing:',
      'CHAIRWOMAN FIELDING: Were you aware the contract had been awarded without a tender?',
      'MR VOSS: I was not. I learned of it from the newspapers.',
      'CHAIRWOMAN FIELDING: That is a remarkable thing for a permanent secretary to say.',
    ],
    [
      q('Were you aware the contract had been awarded without a tender?', 'Fielding'),
      q('I was not. I learned of it from the newspapers.', 'Voss'),
      q('That is a remarkable thing for a permanent secretary to say.', 'Fielding'),
    ],
  ),
  passage(
    'f10-two-women-01',
    ['politics', 'multiple_speakers', 'pronoun_speaker', 'same_gender'],
    [
      'The education secretary, Joanna Pell, announced an extra £300 million for school buildings on Monday.',
      '“No child should be taught in a classroom with a propped-up ceiling,” Pell said.',
      'Her shadow, Ruth Ambler, said the money was a fraction of what was needed. “This is a sticking plaster on a collapsing wall,” Ambler said.',
      'Pell said the funding was the first instalment. “There will be more, and it will go where the need is greatest,” she said.',
    ],
    [
      q('No child should be taught in a classroom with a propped-up ceiling,', 'Joanna Pell'),
      q('This is a sticking plaster on a collapsing wall,', 'Ruth Ambler'),
      q('There will be more, and it will go where the need is greatest,', 'Joanna Pell'),
    ],
  ),
  passage(
    'f10-about-01',
    ['sport', 'quote_about_someone', 'multiple_speakers'],
    [
      'Sprinter Kezia Obi will miss the national championships with a hamstring injury, her coach confirmed on Friday.',
      '“Kezia is devastated, but she is 22 and her best years are ahead of her,” coach Martin Hale said.',
      'Obi posted on social media that she would be “back stronger”.',
    ],
    [q('Kezia is devastated, but she is 22 and her best years are ahead of her,', 'Martin Hale'), q('back stronger', 'Kezia Obi')],
  ),
  passage(
    'f10-appositive-01',
    ['wire', 'long_appositive', 'role_speaker'],
    [
      'The regional water authority will ban hosepipes across three counties from Saturday after the driest spring in 70 years.',
      '“We have no choice. Reservoir levels are lower than at any time since records began,” the authority’s director of operations, Tomas Berg, told a news conference.',
      'Berg said the ban could last into the autumn.',
    ],
    [q('We have no choice. Reservoir levels are lower than at any time since records began,', 'Tomas Berg')],
  ),
  passage(
    'f10-described-01',
    ['local', 'described_not_named', 'pronoun'],
    [
      'Dozens of homes in Fenwick were evacuated overnight after the river burst its banks.',
      'A retired teacher who has lived on Mill Street for forty years said the water rose faster than she had ever seen. “By midnight it was over the doorstep. By two it was in the kitchen,” she said.',
      'The Environment Agency said pumps had been sent to the area.',
    ],
    [q('By midnight it was over the doorstep. By two it was in the kitchen,', 'retired teacher (unnamed)')],
  ),
  passage(
    'f10-described-02',
    ['health', 'described_not_named', 'unnamed_source'],
    [
      'Nurses at Calder Royal Infirmary say they are routinely working through their breaks because of staff shortages.',
      'One nurse, who asked not to be named because she was not authorised to speak to the press, said: “Most nights I don’t sit down for twelve hours. You stop noticing you’re hungry.”',
      'The hospital trust said recruitment was its “top priority”.',
    ],
    [q('Most nights I don’t sit down for twelve hours. You stop noticing you’re hungry.', 'nurse (unnamed)'), q('top priority', 'The hospital trust')],
  ),
  passage(
    'f10-continuation-01',
    ['politics', 'multi_paragraph_quote', 'unclosed_paragraph_quote'],
    [
      'In her resignation letter, the culture minister, Alison Greaves, said she could no longer support the government’s plans for the national broadcaster.',
      '“I came into politics to protect the institutions that bind this country together,” she wrote.',
      '“I cannot in good conscience vote for a bill that would weaken one of the most trusted of them.',
      '“I will continue to serve my constituents from the back benches.”',
    ],
    [
      q('I came into politics to protect the institutions that bind this country together,', 'Alison Greaves'),
      q('I cannot in good conscience vote for a bill that would weaken one of the most trusted of them.', 'Alison Greaves'),
      q('I will continue to serve my constituents from the back benches.', 'Alison Greaves'),
    ],
  ),
  passage(
    'f10-scare-01',
    ['opinion', 'non_quote_quotation_marks', 'no_gold_quotes'],
    [
      'The film “The Long Harvest” opens in cinemas on Friday after a year on the festival circuit.',
      'Its director describes it as a story about a farming family in the 1930s, though the marketing has leaned on the word “epic”, which the film, at 94 minutes, is not.',
    ],
    [],
  ),
  passage(
    'f10-headline-01',
    ['headline', 'wire', 'pronoun_speaker'],
    [
      '‘We will rebuild’, says mayor after fire destroys market',
      'The mayor of Tressel, Anna Kovac, promised on Sunday that the town’s 200-year-old covered market would be rebuilt after a fire destroyed it overnight.',
      '“This market is the heart of Tressel. We will rebuild it, stone by stone if we have to,” Kovac said as firefighters damped down the ruins.',
      'No one was hurt. Police said the cause was not yet known.',
    ],
    [q('This market is the heart of Tressel. We will rebuild it, stone by stone if we have to,', 'Anna Kovac')],
  ),
  passage(
    'f10-group-01',
    ['protest', 'group_speaker'],
    [
      'Several thousand farmers drove tractors into the centre of Lormont on Wednesday to protest against cuts to subsidies.',
      'Protesters chanted “No farmers, no food” outside the agriculture ministry, and some threw eggs at the building.',
      'The farmers’ union said the cuts would put a third of small farms out of business. “This is the end of family farming in this country,” the union’s president, Henri Lagarde, said.',
    ],
    [q('No farmers, no food', 'Protesters'), q('This is the end of family farming in this country,', 'Henri Lagarde')],
  ),
  passage(
    'f10-colon-01',
    ['politics', 'colon_cue'],
    [
      'The foreign minister, Tarek Nassar, said after talks in Geneva that a ceasefire could be agreed within days.',
      'Nassar said: “Both sides have moved. I have not been able to say that before in this conflict.”',
      'A spokesman for the rebel alliance was more cautious: “We have heard promises before.”',
    ],
    [
      q('Both sides have moved. I have not been able to say that before in this conflict.', 'Tarek Nassar'),
      q('We have heard promises before.', 'spokesman for the rebel alliance (unnamed)'),
    ],
  ),
  passage(
    'f10-between-01',
    ['wire', 'phrase_between_quote_and_cue'],
    [
      'Finance Minister Elena Voskuil defended the new tax on private jets on Thursday.',
      '“Those who fly the most should pay the most” for the damage aviation does, Voskuil said in parliament.',
      'Industry groups said the tax would drive business to neighbouring airports.',
    ],
    [q('Those who fly the most should pay the most', 'Elena Voskuil')],
  ),
  passage(
    'f10-feature-01',
    ['feature', 'pronoun_speaker', 'multiple_speakers'],
    [
      'At six in the morning, the bakery on Harbour Row already smells of cardamom.',
      'Lena Sørby has run it for 22 years, and she still rolls every bun by hand. “Machines are faster, but they cannot feel the dough,” she says.',
      'Her son, Anders, joined the business last year after a decade in banking. “I earned more in the City. I have never been happier than here,” he says.',
      'Sørby smiles at that. “He says that now. Wait until he has done a December,” she says.',
    ],
    [
      q('Machines are faster, but they cannot feel the dough,', 'Lena Sørby'),
      q('I earned more in the City. I have never been happier than here,', 'Anders'),
      q('He says that now. Wait until he has done a December,', 'Lena Sørby'),
    ],
  ),
  passage(
    'f10-police-01',
    ['crime', 'role_speaker', 'organisation_speaker'],
    [
      'Police are appealing for witnesses after a cyclist was seriously injured in a hit-and-run in Eastfield on Saturday night.',
      'The 34-year-old man was hit by a dark-coloured van on Cannock Road at about 11.30pm. The van did not stop.',
      'Detective Inspector Gemma Holt said: “Someone will know who was driving that van. I would urge them to come forward.”',
      'West Mercer Police said the cyclist was in a stable condition.',
    ],
    [q('Someone will know who was driving that van. I would urge them to come forward.', 'Gemma Holt')],
  ),
  passage(
    'f10-after-01',
    ['politics', 'speaker_before_quote', 'pronoun_speaker'],
    [
      'Senator Ray Dutton, who chairs the appropriations committee, said he would not support the bill in its current form.',
      'He told reporters: “I am not going to vote for something I have not been allowed to read.”',
      'Asked whether he would filibuster, Dutton smiled. “I did not say that,” he said.',
    ],
    [q('I am not going to vote for something I have not been allowed to read.', 'Ray Dutton'), q('I did not say that,', 'Ray Dutton')],
  ),
  passage(
    'f10-statement-01',
    ['business', 'organisation_speaker', 'document_speaker'],
    [
      'Northway Airlines cancelled 140 flights on Monday after a software fault grounded its fleet for four hours.',
      '“We apologise to every passenger whose journey was disrupted,” the airline said in a statement. “The fault has been fixed and we expect to run a full schedule tomorrow.”',
      'The Civil Aviation Authority said it had asked Northway for a report on the incident.',
    ],
    [
      q('We apologise to every passenger whose journey was disrupted,', 'Northway Airlines'),
      q('The fault has been fixed and we expect to run a full schedule tomorrow.', 'Northway Airlines'),
    ],
  ),
  passage(
    'f10-pronoun-02',
    ['courts', 'pronoun_speaker', 'same_gender'],
    [
      'A landlord who let a flat with a broken boiler to a family with a newborn baby for an entire winter has been fined £18,000.',
      'Magistrates heard that Colin Barraclough, 61, ignored eleven letters from the council. Environmental health officer Mark Penney said the family had used a camping stove to heat bottles.',
      '“It was the worst case of its kind I have seen in fourteen years,” he said.',
    ],
    [q('It was the worst case of its kind I have seen in fourteen years,', 'Mark Penney')],
  ),
  passage(
    'f10-indirect-01',
    ['wire', 'indirect_speech_only', 'no_gold_quotes'],
    [
      'The central bank held its main interest rate at 4.5 per cent on Thursday, as expected.',
      'Governor Lucia Ferrante said inflation was falling more slowly than the bank had hoped and that it was too early to cut rates. She said the bank would look again at the decision in June.',
    ],
    [],
  ),
  passage(
    'f10-tweet-01',
    ['politics', 'social_media', 'multiple_speakers'],
    [
      'The mayor of Brackley, Tom Ashworth, apologised on Tuesday for a post on social media in which he called striking bin workers “lazy”.',
      '“I was wrong to use that word and I have apologised to the workers directly,” Ashworth said.',
      'The GMB union said the apology was welcome but overdue. “Our members have been out in all weathers for this town,” regional organiser Sue Kaplan said.',
    ],
    [
      q('lazy', 'Tom Ashworth'),
      q('I was wrong to use that word and I have apologised to the workers directly,', 'Tom Ashworth'),
      q('Our members have been out in all weathers for this town,', 'Sue Kaplan'),
    ],
  ),
  passage(
    'f10-added-01',
    ['sport', 'pronoun_speaker', 'added'],
    [
      'England captain Ben Carrow said his side had been “second best for eighty minutes” after a 32-10 defeat by France in Paris.',
      '“They were better at the breakdown, better in the air, better everywhere,” Carrow said. “We have a week to fix it.”',
      'He added that the squad would not panic. “We have lost here before and come back. We will again.”',
    ],
    [
      q('second best for eighty minutes', 'Ben Carrow'),
      q('They were better at the breakdown, better in the air, better everywhere,', 'Ben Carrow'),
      q('We have a week to fix it.', 'Ben Carrow'),
      q('We have lost here before and come back. We will again.', 'Ben Carrow'),
    ],
  ),
  passage(
    'f10-told-01',
    ['wire', 'told_media', 'multiple_speakers'],
    [
      'Rescue teams have pulled 14 survivors from the rubble of a collapsed apartment block in Sarvan, the country’s emergency services said on Saturday.',
      '“We heard a woman knocking on a pipe. It took us six hours to reach her,” rescuer Emre Dalkıran told the state broadcaster.',
      'The city’s governor, Levent Aksoy, said the search would continue through the night. “As long as there is a chance, we keep digging,” he told reporters at the scene.',
    ],
    [
      q('We heard a woman knocking on a pipe. It took us six hours to reach her,', 'Emre Dalkıran'),
      q('As long as there is a chance, we keep digging,', 'Levent Aksoy'),
    ],
  ),
  passage(
    'f10-said-first-01',
    ['wire', 'said_before_name'],
    [
      'The price of a loaf of bread has risen by a third in two years, according to figures from the Bakers’ Federation.',
      '“Flour, energy and wages have all gone up at once,” said Philippa Nolan, the federation’s chief executive. “Small bakers are absorbing what they can, but many are at breaking point.”',
    ],
    [
      q('Flour, energy and wages have all gone up at once,', 'Philippa Nolan'),
      q('Small bakers are absorbing what they can, but many are at breaking point.', 'Philippa Nolan'),
    ],
  ),
  passage(
    'f10-mixed-01',
    ['local', 'multiple_speakers', 'pronoun_speaker', 'quote_about_someone'],
    [
      'A lollipop man who has helped children across the road outside Greenbank Primary for 35 years has been given a lifetime achievement award.',
      'Frank Daley, 79, said he had no plans to stop. “The day I can’t lift the sign is the day I’ll go,” he said.',
      'Head teacher Claire Wynn said: “Frank knows every child’s name, and most of their parents’ names too, because he helped them across as well.”',
    ],
    [
      q('The day I can’t lift the sign is the day I’ll go,', 'Frank Daley'),
      q('Frank knows every child’s name, and most of their parents’ names too, because he helped them across as well.', 'Claire Wynn'),
    ],
  ),
  passage(
    'f10-nyt-01',
    ['wire', 'title_before_name', 'multiple_speakers'],
    [
      'WASHINGTON — The Senate voted 61 to 39 on Wednesday to extend the federal flood insurance program for two more years.',
      '“This keeps a roof over millions of families,” said Senator Carla Jimenez, Democrat of Louisiana, who wrote the bill.',
      'Senator Mitchell Grange, Republican of Kansas, voted against it. “We are subsidizing people to build in places that flood,” Mr. Grange said. “That is not compassion. It is a bad deal for taxpayers.”',
    ],
    [
      q('This keeps a roof over millions of families,', 'Carla Jimenez'),
      q('We are subsidizing people to build in places that flood,', 'Mitchell Grange'),
      q('That is not compassion. It is a bad deal for taxpayers.', 'Mitchell Grange'),
    ],
  ),
  passage(
    'f10-book-01',
    ['arts', 'non_quote_quotation_marks', 'multiple_speakers'],
    [
      'Hannah Greer’s debut novel, “Salt and Iron”, has won the Morland Prize for first fiction.',
      'The chair of the judges, Professor Alan Whitby, called it “a book that knows exactly what it is doing”.',
      '“I wrote most of it on the night bus home from work,” Greer said at the ceremony. “I never thought anyone would read it.”',
    ],
    [
      q('a book that knows exactly what it is doing', 'Alan Whitby'),
      q('I wrote most of it on the night bus home from work,', 'Hannah Greer'),
      q('I never thought anyone would read it.', 'Hannah Greer'),
    ],
  ),
  passage(
    'f10-spokes-01',
    ['wire', 'role_speaker', 'unnamed_source'],
    [
      'The United Nations said on Monday that aid convoys had reached the besieged city of Harun for the first time in three months.',
      '“The needs are enormous. People have been surviving on bread and water,” said a spokeswoman for the World Food Programme, who gave her name only as Mariam.',
      'A local doctor said the city’s only hospital had run out of anaesthetic weeks ago.',
    ],
    [q('The needs are enormous. People have been surviving on bread and water,', 'Mariam')],
  ),
  passage(
    'f10-long-01',
    ['wire', 'multiple_speakers', 'pronoun_speaker', 'continuation'],
    [
      'Workers at the Kelso shipyard voted on Friday to accept a pay deal that ends a six-week strike.',
      'Union convenor Jim Harkness said the deal was the best the yard had offered in a decade. “Nobody wanted to be out this long. But we held together, and it was worth it,” he said.',
      '“The lads can go back with their heads up.”',
      'The yard’s owner, Calder Marine, said work on two frigates would restart on Monday. Managing director Fiona Reid said the company was “relieved”.',
      '“We have lost six weeks, and we will have to work hard to make them up,” she said.',
    ],
    [
      q('Nobody wanted to be out this long. But we held together, and it was worth it,', 'Jim Harkness'),
      q('The lads can go back with their heads up.', 'Jim Harkness'),
      q('relieved', 'Fiona Reid'),
      q('We have lost six weeks, and we will have to work hard to make them up,', 'Fiona Reid'),
    ],
  ),
  passage(
    'f10-residents-01',
    ['local', 'group_speaker', 'described_not_named'],
    [
      'Residents of the Parkside estate say they have been without hot water for nine days.',
      '“We are boiling kettles to wash the children,” said one mother of three, who did not want to give her name.',
      'Harlow Homes, which manages the estate, said a replacement part had been ordered. “We are sorry for the inconvenience,” a spokesman said.',
    ],
    [
      q('We are boiling kettles to wash the children,', 'mother of three (unnamed)'),
      q('We are sorry for the inconvenience,', 'Harlow Homes spokesman (unnamed)'),
    ],
  ),
  passage(
    'f10-earnings-02',
    ['business', 'multiple_speakers', 'pronoun_speaker'],
    [
      'Verity Bank reported a 14 per cent rise in annual profit on Tuesday and said it would buy back £500 million of shares.',
      'Chief executive Simon Tull said the bank had “turned a corner”. “Three years ago we were fixing the basics. Now we are growing,” he said.',
      'Finance director Olivia Grant said mortgage lending had been the strongest part of the business. She warned, however, that margins would narrow as interest rates fell. “We expect the second half to be tougher,” she said.',
    ],
    [
      q('turned a corner', 'Simon Tull'),
      q('Three years ago we were fixing the basics. Now we are growing,', 'Simon Tull'),
      q('We expect the second half to be tougher,', 'Olivia Grant'),
    ],
  ),
  passage(
    'f10-witness-01',
    ['crime', 'described_not_named', 'multiple_speakers'],
    [
      'Two men were arrested after a car was driven through the window of a jewellery shop in Castle Street early on Tuesday.',
      'A man who lives in a flat above the shop said he was woken by the crash. “It sounded like a bomb. I looked out and they were already filling bags,” he said.',
      'Inspector Dave Rowe said the suspects had been caught within twenty minutes. “Our officers did a superb job,” he said.',
    ],
    [q('It sounded like a bomb. I looked out and they were already filling bags,', 'man (unnamed)'), q('Our officers did a superb job,', 'Dave Rowe')],
  ),
  passage(
    'f10-tribute-01',
    ['sport', 'quote_about_someone', 'organisation_speaker'],
    [
      'Former Wales striker Gareth Pryce has died at the age of 71.',
      'Cardiff Athletic, where he scored 142 goals in nine seasons, said it was “heartbroken”. “Gareth was the best of us, on the pitch and off it,” the club said in a tribute.',
      'His former team-mate Alan Mather said Pryce had been “the bravest player I ever played with”.',
    ],
    [
      q('heartbroken', 'Cardiff Athletic'),
      q('Gareth was the best of us, on the pitch and off it,', 'Cardiff Athletic'),
      q('the bravest player I ever played with', 'Alan Mather'),
    ],
  ),
];
