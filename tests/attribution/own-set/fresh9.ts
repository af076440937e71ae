// The own set's tenth part ("fresh 9"): written at the start of the ninth round of rules, before
// any engine change of that round and before its rules were chosen, in as many styles as could be
// managed: wire copy (Reuters and AP), local government, courts (British and American), business
// and earnings, sport (football, cricket in British single quotes, rugby, tennis, running,
// cycling, rowing), science, health, education, transport, arts, consumer money, obituary-style
// tributes, features with quotes left open across paragraphs, interviews in "asked about ..."
// form, organisations and documents speaking, unnamed and described sources, pronoun chains, two
// people of one gender, quotes about someone, titles and scare quotes that are not speech.
// Measured only: its mistakes are not looked at while tuning (score-own.ts shows them only with
// --fresh9), so it stays a check on news nobody tuned on. Same gold conventions as passages.ts.
// People, places and organisations are made up.
import type { GoldItem } from '../dev-metrics';
import { passage, q } from './passages';

export const ownSetFresh9: GoldItem[] = [
  passage(
    'f9-wire-01',
    ['wire', 'unnamed', 'partial_quote'],
    [
      'BRUSSELS (Reuters) - European Union finance ministers failed on Tuesday to agree on a new tax on shipping fuel, with three countries blocking the plan.',
      '“We are not there yet,” Dutch finance minister Joost Verhagen told reporters after the meeting. “But I expect a deal before the summer.”',
      'A diplomat from one of the blocking countries, who asked not to be named because the talks were private, said the proposal “would hit island economies hardest”.',
    ],
    [
      q('We are not there yet,', 'Joost Verhagen'),
      q('But I expect a deal before the summer.', 'Joost Verhagen'),
      q('would hit island economies hardest', 'diplomat (unnamed)'),
    ],
  ),
  passage(
    'f9-local-01',
    ['local', 'pronoun'],
    [
      'Plans for 120 homes on farmland east of Pelham Cross were approved by Rudbeck District Council on Thursday despite more than 400 objections.',
      'Councillor Gwen Ashby, who chairs the planning committee, said the district had to meet its housing target. “If we refuse this, an inspector will simply approve it on appeal,” she said.',
      'Campaigner Tom Fenwick said residents would consider a legal challenge. “The roads cannot cope as it is,” he said.',
    ],
    [
      q('If we refuse this, an inspector will simply approve it on appeal,', 'Gwen Ashby'),
      q('The roads cannot cope as it is,', 'Tom Fenwick'),
    ],
  ),
  passage(
    'f9-sport-01',
    ['sport', 'same_gender', 'quote_about'],
    [
      'Kelsey Rovers manager Dean Holloway praised his goalkeeper after a goalless draw at Marchmont on Saturday.',
      '“Luka kept us in it,” Holloway said of Luka Brandt, who made three saves in the second half. “He has been outstanding all season.”',
      'Brandt was more modest. “The defenders did the hard work,” he said.',
    ],
    [
      q('Luka kept us in it,', 'Dean Holloway'),
      q('He has been outstanding all season.', 'Dean Holloway'),
      q('The defenders did the hard work,', 'Luka Brandt'),
    ],
  ),
  passage(
    'f9-court-01',
    ['court', 'roles', 'partial_quote'],
    [
      'A former care home manager stole more than £40,000 from residents over four years, a court heard.',
      'Linda Carver, 52, of Hexley, admitted 14 counts of theft at Portbury Crown Court on Monday.',
      'Prosecutor James Whitcombe said Carver had targeted residents with dementia. “She chose the people least able to notice,” he told the court.',
      'In mitigation, her barrister, Priya Natarajan, said Carver had been in debt and was “deeply ashamed”.',
      'Sentencing was adjourned until next month.',
    ],
    [q('She chose the people least able to notice,', 'James Whitcombe'), q('deeply ashamed', 'Priya Natarajan')],
  ),
  passage(
    'f9-biz-01',
    ['business', 'earnings', 'partial_quote'],
    [
      'Shares in Norvale Telecom fell 9% on Wednesday after the company cut its profit forecast for the second time this year.',
      'Chief executive Sandra Holt blamed higher energy costs and a price war in the mobile market. “We will not chase customers at any price,” she told analysts on a call.',
      'Analyst Ben Okoro of Castlegate Securities said the cut was “bigger than anyone expected”. “The question now is whether the dividend is safe,” he said.',
    ],
    [
      q('We will not chase customers at any price,', 'Sandra Holt'),
      q('bigger than anyone expected', 'Ben Okoro'),
      q('The question now is whether the dividend is safe,', 'Ben Okoro'),
    ],
  ),
  passage(
    'f9-feature-01',
    ['feature', 'described_not_named', 'organisation'],
    [
      'On the top floor of a tower block in Calder Heights, the lift has been broken for six weeks.',
      'A mother of three who lives on the fourteenth floor said she now carries her youngest up the stairs twice a day. “My legs are like jelly by the time I get to the door,” she said.',
      'The housing association, Northgate Homes, said a replacement part had been ordered. “We apologise to residents for the delay,” it said.',
    ],
    [
      q('My legs are like jelly by the time I get to the door,', 'mother (unnamed)'),
      q('We apologise to residents for the delay,', 'Northgate Homes'),
    ],
  ),
  passage(
    'f9-books-01',
    ['arts', 'interview', 'asked'],
    [
      'The novelist Harriet Quayle has set her new book in a lighthouse on the Cornish coast.',
      'Asked why, she said she had grown up near one. “The light going round every night is the first thing I remember,” Quayle said.',
      'Asked whether she would write a sequel, she laughed. “Never say never,” she said. “But the keeper’s story is finished.”',
    ],
    [
      q('The light going round every night is the first thing I remember,', 'Harriet Quayle'),
      q('Never say never,', 'Harriet Quayle'),
      q('But the keeper’s story is finished.', 'Harriet Quayle'),
    ],
  ),
  passage(
    'f9-arts-01',
    ['arts', 'non_quote_quotation_marks', 'partial_quote'],
    [
      'The Garrick Theatre in Stallford will stage a new production of “The Winter Orchard” this autumn, its first play since reopening.',
      'Director Ola Adeyemi described the piece as a “ghost story without ghosts”. “It is about what families don’t say,” she said.',
      'The theatre’s “pay what you can” nights will continue on Tuesdays.',
    ],
    [q('ghost story without ghosts', 'Ola Adeyemi'), q('It is about what families don’t say,', 'Ola Adeyemi')],
  ),
  passage(
    'f9-cricket-01',
    ['sport', 'british_single_quotes', 'said_x'],
    [
      'Yorkshire’s Ravi Mistry took six wickets as his side beat Sussex by an innings at Headingley.',
      '‘I’ve waited a long time for a day like this,’ said Mistry, 23. ‘The ball just came out right.’',
      'Sussex captain Owen Leach admitted his batters had been poor. ‘We got what we deserved,’ he said.',
    ],
    [
      q('I’ve waited a long time for a day like this,', 'Ravi Mistry'),
      q('The ball just came out right.', 'Ravi Mistry'),
      q('We got what we deserved,', 'Owen Leach'),
    ],
  ),
  passage(
    'f9-health-01',
    ['health', 'organisation', 'unnamed', 'pronoun'],
    [
      'The number of people waiting more than 12 hours in A&E at Brackenfield hospitals doubled last winter, figures show.',
      'The Royal College of Emergency Medicine said the figures were “a national scandal”.',
      'A spokeswoman for Brackenfield NHS Trust said: “Our staff are working incredibly hard under sustained pressure.”',
      'One nurse, who did not want to be named, said patients were being treated in corridors. “It is not safe, and everyone knows it,” she said.',
    ],
    [
      q('a national scandal', 'Royal College of Emergency Medicine'),
      q('Our staff are working incredibly hard under sustained pressure.', 'spokeswoman (unnamed)'),
      q('It is not safe, and everyone knows it,', 'nurse (unnamed)'),
    ],
  ),
  passage(
    'f9-politics-01',
    ['politics', 'same_gender', 'pronoun'],
    [
      'The first minister, Eleri Vaughan, faced calls to resign on Tuesday after a leaked memo suggested she knew about the overspend in March.',
      'Opposition leader Catrin Moss said the memo was “damning”. “She has misled this parliament,” Moss said.',
      'Vaughan insisted she had done nothing wrong. “I will answer every question put to me,” she said.',
    ],
    [
      q('damning', 'Catrin Moss'),
      q('She has misled this parliament,', 'Catrin Moss'),
      q('I will answer every question put to me,', 'Eleri Vaughan'),
    ],
  ),
  passage(
    'f9-wire-02',
    ['wire', 'ap_style', 'said_x', 'organisation'],
    [
      'WASHINGTON (AP) — The Senate passed a bill Thursday that would require airlines to refund passengers automatically for canceled flights.',
      '"Travelers should not have to fight to get their own money back," said Sen. Maria Delgado, a Democrat from New Mexico who sponsored the bill.',
      'An airline industry group, Airlines Forward, said in a statement that the measure "will raise fares for everyone."',
      'The bill now goes to the House.',
    ],
    [
      q('Travelers should not have to fight to get their own money back,', 'Maria Delgado'),
      q('will raise fares for everyone.', 'Airlines Forward'),
    ],
  ),
  passage(
    'f9-science-01',
    ['science', 'said_x', 'pronoun'],
    [
      'Astronomers have found water vapour in the atmosphere of a planet 120 light years from Earth.',
      '“This is the smallest planet where we have seen water,” said Dr Niamh Gallagher of the University of Edenbridge, who led the study.',
      'Her colleague Prof Arjun Mehta cautioned that the planet was far too hot for life. “Nobody should start packing,” he said.',
    ],
    [
      q('This is the smallest planet where we have seen water,', 'Niamh Gallagher'),
      q('Nobody should start packing,', 'Arjun Mehta'),
    ],
  ),
  passage(
    'f9-fire-01',
    ['emergency', 'pronoun_chain'],
    [
      'Fire crews spent the night tackling a blaze at a recycling plant in Dunmore.',
      'Station manager Keith Rourke said the fire had started in a pile of batteries. “Lithium batteries in household rubbish are a growing problem,” he said.',
      'He urged people to use the collection points at supermarkets. “Please do not put them in your bin,” he said. “It only takes one.”',
    ],
    [
      q('Lithium batteries in household rubbish are a growing problem,', 'Keith Rourke'),
      q('Please do not put them in your bin,', 'Keith Rourke'),
      q('It only takes one.', 'Keith Rourke'),
    ],
  ),
  passage(
    'f9-tribute-01',
    ['obituary', 'quote_about', 'same_surname'],
    [
      'Tributes have been paid to Frank Ilsley, who saw children across the road outside St Anne’s Primary in Colbeck for 31 years and has died aged 79.',
      'Headteacher Moira Clegg said: “Frank knew every child by name. He was part of the school family.”',
      'His daughter, Janet Ilsley, said he had loved the job. “He used to say it kept him young,” she said.',
    ],
    [
      q('Frank knew every child by name. He was part of the school family.', 'Moira Clegg'),
      q('He used to say it kept him young,', 'Janet Ilsley'),
    ],
  ),
  passage(
    'f9-env-01',
    ['business', 'regulator', 'organisation', 'said_x'],
    [
      'Carrow Water has been fined £2.1m for letting untreated sewage into the River Wend on 60 occasions.',
      'The regulator said the company had failed to maintain its pumps. “These were not accidents. They were the result of neglect,” said Adam Pryce, head of enforcement at the Environment Office.',
      'Carrow Water said it accepted the ruling. “We are investing £300m in our network,” a spokesman said.',
    ],
    [
      q('These were not accidents. They were the result of neglect,', 'Adam Pryce'),
      q('We are investing £300m in our network,', 'spokesman (unnamed)'),
    ],
  ),
  passage(
    'f9-running-01',
    ['sport', 'pronoun', 'mixed_gender'],
    [
      'Tomas Reyes won the Hallam marathon in two hours and nine minutes on Sunday, a course record.',
      '“I felt strong from the start,” Reyes said. “At 30 kilometres I knew it was mine.”',
      'His coach, Elena Duarte, said the win had been two years in the making. “He listens, and that is rare,” she said.',
      'Runner-up Kip Ndegwa said the heat had hurt him. “I had nothing left after the bridge,” he said.',
    ],
    [
      q('I felt strong from the start,', 'Tomas Reyes'),
      q('At 30 kilometres I knew it was mine.', 'Tomas Reyes'),
      q('He listens, and that is rare,', 'Elena Duarte'),
      q('I had nothing left after the bridge,', 'Kip Ndegwa'),
    ],
  ),
  passage(
    'f9-court-02',
    ['court', 'roles'],
    [
      'A man who ran a fake charity for flood victims has been jailed for three years.',
      'Gareth Lomax, 41, raised £86,000 through a website that showed pictures of flooded homes in Bexworth, Leamington Crown Court heard.',
      'Judge Alison Penrose said: “You exploited the generosity of people who wanted to help their neighbours.”',
      'Lomax, who represented himself, told the court he had meant to pay the money back.',
    ],
    [q('You exploited the generosity of people who wanted to help their neighbours.', 'Alison Penrose')],
  ),
  passage(
    'f9-local-02',
    ['local', 'described_not_named', 'pronoun'],
    [
      'A village shop in Thornby that was due to close has been saved by its customers.',
      'More than 200 people bought shares in the shop after its owner announced he was retiring.',
      'A retired postman who organised the share sale said the response had been overwhelming. “We hoped for fifty people,” he said.',
      'The new manager, Sunita Rao, starts in May.',
    ],
    [q('We hoped for fifty people,', 'postman (unnamed)')],
  ),
  passage(
    'f9-weather-01',
    ['weather', 'said_x'],
    [
      'Heavy snow closed schools across the Pennine valleys on Friday.',
      'The Met Office issued an amber warning, saying up to 20cm could fall on high ground.',
      '“Only travel if you really must,” said forecaster Dan Whitlow.',
    ],
    [q('Only travel if you really must,', 'Dan Whitlow')],
  ),
  passage(
    'f9-edu-01',
    ['education', 'same_gender', 'pronoun'],
    [
      'Teachers at Marsh Lane Academy in Holbrook walked out on Wednesday in a dispute over class sizes.',
      'Union representative Karen Blythe said some classes had 38 pupils. “You cannot teach 38 children properly,” she said.',
      'The academy’s principal, Deborah Knaggs, said she was disappointed. “Our door remains open,” she said.',
    ],
    [q('You cannot teach 38 children properly,', 'Karen Blythe'), q('Our door remains open,', 'Deborah Knaggs')],
  ),
  passage(
    'f9-transport-01',
    ['transport', 'organisation', 'statement'],
    [
      'A new bus route linking Ashcombe and Pell Green will start next month after a four-year campaign by residents.',
      'Maureen Gillespie, 81, who started the campaign, said she had not been able to get to the hospital without a taxi. “It cost me £30 each time,” she said.',
      'Trentway Buses said the route would run hourly. It said in a statement: “We are pleased to be able to serve these communities.”',
    ],
    [
      q('It cost me £30 each time,', 'Maureen Gillespie'),
      q('We are pleased to be able to serve these communities.', 'Trentway Buses'),
    ],
  ),
  passage(
    'f9-feature-02',
    ['feature', 'label_with_phrase', 'pronoun'],
    [
      'Every Saturday morning a group of volunteers repairs broken toasters, lamps and bicycles in a church hall in Wellsby.',
      'One volunteer, a former electrician called Bill Hendry, has fixed more than 500 kettles. “People throw away things that need a five-pence fuse,” he said.',
      'The café’s founder, Rosa Lind, said the aim was to cut waste. “Everything we fix is something that does not go to landfill,” she said.',
    ],
    [
      q('People throw away things that need a five-pence fuse,', 'Bill Hendry'),
      q('Everything we fix is something that does not go to landfill,', 'Rosa Lind'),
    ],
  ),
  passage(
    'f9-wire-03',
    ['wire', 'unnamed', 'company_said'],
    [
      'MUMBAI (Reuters) - Saraswati Motors, India’s largest carmaker, will build a battery factory in Gujarat, two people familiar with the plan said on Monday.',
      'The factory would employ about 3,000 people, one of the people said, asking not to be identified because the plan had not been announced.',
      '“We do not comment on market speculation,” the company said in an emailed statement.',
    ],
    [q('We do not comment on market speculation,', 'Saraswati Motors')],
  ),
  passage(
    'f9-rugby-01',
    ['sport', 'said_x', 'added'],
    [
      'Wales head coach Gethin Price named three uncapped players in his squad for the autumn internationals on Tuesday.',
      '“They have earned it with the way they have played for their regions,” said Price. “Now they have to take the chance.”',
      'Centre Rhodri Evans, one of the three, said he found out by text. “I had to read it about five times,” he added.',
    ],
    [
      q('They have earned it with the way they have played for their regions,', 'Gethin Price'),
      q('Now they have to take the chance.', 'Gethin Price'),
      q('I had to read it about five times,', 'Rhodri Evans'),
    ],
  ),
  passage(
    'f9-court-03',
    ['court', 'ap_style', 'statement'],
    [
      'A federal jury in Tacoma convicted a former city official Wednesday of taking bribes from a towing company.',
      'Former deputy public works director Alan Ruess, 58, faces up to 20 years in prison.',
      '"The jury saw through the excuses," U.S. Attorney Dana Whitfield said in a statement.',
      'Ruess\'s attorney, Mark Sorensen, said his client would appeal. "We believe the judge made serious errors," Sorensen said.',
    ],
    [
      q('The jury saw through the excuses,', 'Dana Whitfield'),
      q('We believe the judge made serious errors,', 'Mark Sorensen'),
    ],
  ),
  passage(
    'f9-music-01',
    ['arts', 'group', 'partial_quote'],
    [
      'Ivy Marlowe’s debut album was recorded in her kitchen on a borrowed laptop.',
      'Critics have called it “the most honest record of the year”.',
      'Marlowe, 22, is unmoved by the praise. “I just wrote about what happened to me,” she said.',
    ],
    [q('the most honest record of the year', 'Critics'), q('I just wrote about what happened to me,', 'Ivy Marlowe')],
  ),
  passage(
    'f9-politics-02',
    ['politics', 'same_gender', 'pronoun'],
    [
      'The mayor of Dunhaven, Carl Webb, and his deputy, Nigel Ross, clashed in public on Monday over the future of the town’s pier.',
      'Webb wants to sell the pier to a private buyer. “The council cannot afford to keep it,” he said.',
      'Ross said selling would be a mistake. “Once it is gone, it is gone,” said Ross.',
    ],
    [q('The council cannot afford to keep it,', 'Carl Webb'), q('Once it is gone, it is gone,', 'Nigel Ross')],
  ),
  passage(
    'f9-air-01',
    ['business', 'unnamed', 'told'],
    [
      'Budget airline SkyHop will cut 40 routes from Merton airport this winter, blaming rising airport fees.',
      'A spokesperson for SkyHop told the Merton Echo: “We have been left with no choice.”',
      'Airport chief executive Fiona Grant said she was surprised. “We have offered SkyHop the same terms as every other airline,” she said.',
    ],
    [
      q('We have been left with no choice.', 'spokesperson (unnamed)'),
      q('We have offered SkyHop the same terms as every other airline,', 'Fiona Grant'),
    ],
  ),
  passage(
    'f9-police-01',
    ['crime', 'pronoun_chain', 'added'],
    [
      'Police are appealing for witnesses after a man was seriously injured in an assault outside a pub in Sandholme late on Saturday.',
      'Det Insp Mark Quinn said: “We believe a number of people saw what happened.”',
      'He added that officers were reviewing CCTV. “If you were there, please call us,” he said.',
    ],
    [
      q('We believe a number of people saw what happened.', 'Mark Quinn'),
      q('If you were there, please call us,', 'Mark Quinn'),
    ],
  ),
  passage(
    'f9-rowing-01',
    ['sport', 'described_not_named', 'epithet'],
    [
      'Olympic rower Jess Fairley has announced her retirement after twelve years in the British team.',
      'The 34-year-old, who won gold in Tokyo, said her body had told her it was time. “I have no regrets at all,” she said.',
      'Team performance director Hugh Lang called her “one of the greats”.',
    ],
    [q('I have no regrets at all,', 'Jess Fairley'), q('one of the greats', 'Hugh Lang')],
  ),
  passage(
    'f9-local-03',
    ['local', 'unnamed', 'said_x'],
    [
      'Parents in Halsey Green have started a petition for a crossing outside the primary school after a boy was hit by a van.',
      '“Every morning I hold my breath,” said one mother, whose son is in year two.',
      'Highways officer Neil Baxter said a survey would be carried out. “Safety is our priority,” he said.',
    ],
    [q('Every morning I hold my breath,', 'mother (unnamed)'), q('Safety is our priority,', 'Neil Baxter')],
  ),
  passage(
    'f9-arts-02',
    ['arts', 'group', 'pronoun'],
    [
      'The painter Solveig Arne has won the £25,000 Halden Prize for her series of portraits of night-shift workers.',
      'Judges described the work as “tender and unsentimental”.',
      'Arne, who was born in Bergen and lives in Glasgow, said she had spent two years in hospitals and bakeries at night. “I wanted to paint people who are awake while the rest of us sleep,” she said.',
    ],
    [
      q('tender and unsentimental', 'Judges'),
      q('I wanted to paint people who are awake while the rest of us sleep,', 'Solveig Arne'),
    ],
  ),
  passage(
    'f9-tennis-01',
    ['sport', 'same_gender', 'pronoun'],
    [
      'Mia Castell beat her doubles partner Ana Ruiz 6-3, 6-4 to reach the final in Lisbon.',
      '“It is never easy playing a friend,” Castell said. “We will have dinner tonight and forget about it.”',
      'Ruiz said she had struggled with her serve. “I gave her too many free points,” she said.',
    ],
    [
      q('It is never easy playing a friend,', 'Mia Castell'),
      q('We will have dinner tonight and forget about it.', 'Mia Castell'),
      q('I gave her too many free points,', 'Ana Ruiz'),
    ],
  ),
  passage(
    'f9-money-01',
    ['consumer', 'present_tense', 'says'],
    [
      'Savers are being urged to check their accounts after banks were slow to pass on interest rate rises.',
      '“Loyalty does not pay,” says Rachel Thorne, a money expert at the comparison site Swapwise. “Move your money if you are getting less than 3%.”',
      'Ibrahim Sesay, 67, from Leeds, says he moved his savings last month. “I was getting 0.5%. Now I get 4%,” he says.',
    ],
    [
      q('Loyalty does not pay,', 'Rachel Thorne'),
      q('Move your money if you are getting less than 3%.', 'Rachel Thorne'),
      q('I was getting 0.5%. Now I get 4%,', 'Ibrahim Sesay'),
    ],
  ),
  passage(
    'f9-council-01',
    ['local', 'organisation', 'appositive_after'],
    [
      'Keswold County Council has approved a 4.99% rise in council tax.',
      'The council said the increase was needed to pay for adult social care. “We face the same pressures as every council in England,” its leader, Philip Garrow, said.',
      'Opposition councillor Asha Mistry said residents were being “squeezed from every side”.',
    ],
    [
      q('We face the same pressures as every council in England,', 'Philip Garrow'),
      q('squeezed from every side', 'Asha Mistry'),
    ],
  ),
  passage(
    'f9-shops-01',
    ['local', 'unnamed', 'another'],
    [
      'Shoppers in Crossmoor reacted with dismay to news that the town’s last department store will close in January.',
      '“I bought my wedding dress there,” said one woman, who has shopped at Brannigans for fifty years.',
      'Another shopper, a man in his thirties, said he rarely went in. “It is sad, but everything is online now,” he said.',
    ],
    [
      q('I bought my wedding dress there,', 'woman (unnamed)'),
      q('It is sad, but everything is online now,', 'other shopper (unnamed)'),
    ],
  ),
  passage(
    'f9-coast-01',
    ['science', 'document', 'partial_quote'],
    [
      'A report by the Institute for Coastal Studies warns that 2,000 homes on the Holder coast could be lost to erosion by 2050.',
      'The report says current defences are “not fit for the century ahead”.',
      'Its author, Dr Fergus Allan, said: “We have to be honest with people about which places can be saved.”',
    ],
    [
      q('not fit for the century ahead', 'the report'),
      q('We have to be honest with people about which places can be saved.', 'Fergus Allan'),
    ],
  ),
  passage(
    'f9-football-02',
    ['sport', 'said_x', 'pronoun'],
    [
      'Burnleigh Harriers secured promotion with two games to spare after a 2-0 win over Tetley.',
      '“Nobody gave us a chance in August,” said captain Joe Marsh, who scored the second goal.',
      'Manager Sean Dwyer said the club would now need a bigger budget. “We cannot stand still,” he said.',
    ],
    [q('Nobody gave us a chance in August,', 'Joe Marsh'), q('We cannot stand still,', 'Sean Dwyer')],
  ),
  passage(
    'f9-pub-01',
    ['feature', 'same_gender', 'same_surname', 'pronoun'],
    [
      'Twins Alice and Grace Penhale have run the Anchor pub in Porthwenna since their father died in 1998.',
      'Alice does the cooking and Grace does the books. “We argue about everything except the beer,” Grace said.',
      'Alice laughed. “That is true,” she said.',
    ],
    [q('We argue about everything except the beer,', 'Grace Penhale'), q('That is true,', 'Alice Penhale')],
  ),
  passage(
    'f9-wire-04',
    ['wire', 'asked', 'told'],
    [
      'GENEVA (Reuters) - The International Health Agency said on Friday it was sending experts to investigate a cluster of pneumonia cases in northern Valdoria.',
      '“We have no evidence so far of a new pathogen,” agency spokesman Christian Lund told reporters. “But we are taking this seriously.”',
      'Asked whether travel should be restricted, Lund said: “There is no reason for that at this stage.”',
    ],
    [
      q('We have no evidence so far of a new pathogen,', 'Christian Lund'),
      q('But we are taking this seriously.', 'Christian Lund'),
      q('There is no reason for that at this stage.', 'Christian Lund'),
    ],
  ),
  passage(
    'f9-court-04',
    ['court', 'witness', 'pronoun', 'roles'],
    [
      'A woman told a jury she saw her neighbour throw a petrol can into a burning car.',
      'Giving evidence at Wrexford Crown Court, Sharon Tate, 44, said: “He was laughing. I will never forget that.”',
      'Lee Parnell, 29, denies arson. His barrister, Rupert Hale, asked her whether it had been too dark to see. “The car was on fire. It was not dark,” she replied.',
    ],
    [
      q('He was laughing. I will never forget that.', 'Sharon Tate'),
      q('The car was on fire. It was not dark,', 'Sharon Tate'),
    ],
  ),
  passage(
    'f9-local-04',
    ['local', 'pronoun', 'same_gender'],
    [
      'A man who has swum in the sea at Redcliff every day for ten years has raised £12,000 for the lifeboat station.',
      'Steve Marron, 61, started the daily swims after his wife died. “The cold water saved me,” he said.',
      'Lifeboat operations manager Paul Iredale said the money would buy new drysuits. “We are hugely grateful to Steve,” he said.',
    ],
    [q('The cold water saved me,', 'Steve Marron'), q('We are hugely grateful to Steve,', 'Paul Iredale')],
  ),
  passage(
    'f9-politics-03',
    ['politics', 'unnamed', 'said_x'],
    [
      'Downing Street has rejected calls for an inquiry into the sale of the former naval base at Portlow.',
      '“The sale followed the proper process,” the prime minister’s spokesman said.',
      'Labour MP Nadia Qureshi, whose constituency includes the base, said: “People deserve to know who profited.”',
    ],
    [
      q('The sale followed the proper process,', 'spokesman (unnamed)'),
      q('People deserve to know who profited.', 'Nadia Qureshi'),
    ],
  ),
  passage(
    'f9-football-03',
    ['sport', 'asked', 'continuation'],
    [
      'Hartside boss Lee Crowther spoke to reporters before Saturday’s derby.',
      'Asked about the injury to his striker, Crowther said: “Kane will be out for six weeks. It is a blow.”',
      'On the derby itself, he said: “These are the games the fans remember.”',
    ],
    [
      q('Kane will be out for six weeks. It is a blow.', 'Lee Crowther'),
      q('These are the games the fans remember.', 'Lee Crowther'),
    ],
  ),
  passage(
    'f9-feature-03',
    ['feature', 'open_quote_across_paragraphs'],
    [
      'For Graham Tully, the closure of the Wexley colliery in 1986 still feels recent.',
      '“My father worked there, and his father. When it closed, the heart went out of the village.',
      '“Now the young ones leave for the cities and do not come back,” he said.',
    ],
    [
      q('My father worked there, and his father. When it closed, the heart went out of the village.', 'Graham Tully'),
      q('Now the young ones leave for the cities and do not come back,', 'Graham Tully'),
    ],
  ),
  passage(
    'f9-health-02',
    ['health', 'organisation', 'partial_quote'],
    [
      'A new drug for migraine will be available on the NHS in Scotland from next month.',
      'Dr Moira Strachan, a neurologist in Dundee, said the drug could help thousands. “For some patients this will be life-changing,” she said.',
      'The drug’s maker, Belford Pharma, said it was “delighted” with the decision.',
    ],
    [q('For some patients this will be life-changing,', 'Moira Strachan'), q('delighted', 'Belford Pharma')],
  ),
  passage(
    'f9-cycling-01',
    ['sport', 'epithet', 'said_x'],
    [
      'Anders Kjaer won the Tour of Arenfield on Sunday, finishing 41 seconds ahead of the defending champion.',
      '“This is the biggest win of my career,” said the Dane, who rides for Team Vektor.',
    ],
    [q('This is the biggest win of my career,', 'Anders Kjaer')],
  ),
];
