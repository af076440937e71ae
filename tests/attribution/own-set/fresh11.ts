// The own set's twelfth part ("fresh 11"): written at the start of the tenth round of rules, before
// any engine change of that round and before its rules were chosen: wire copy, courts (British and
// American), business and earnings, sport (football, cricket and netball in British single quotes,
// basketball, athletics, golf), science, health, local government, transport, features, obituaries,
// a Q&A transcript, organisations and documents speaking, unnamed and described sources, pronoun
// chains, several people of one gender in one passage, quotes about someone, titles and scare
// quotes that are not speech, and longer passages with four or five people.
// Measured only: its mistakes are not looked at while tuning (score-own.ts shows them only with
// --fresh11), so it stays a check on news nobody tuned on. Same gold conventions as passages.ts.
// People, places and organisations are made up.
import type { GoldItem } from '../dev-metrics';
import { passage, q } from './passages';

export const ownSetFresh11: GoldItem[] = [
  passage(
    'f11-wire-01',
    ['wire', 'unnamed', 'pronoun'],
    [
      'ANKARA (Reuters) - Talks on reopening a grain corridor through the Black Sea stalled on Wednesday after negotiators failed to agree on inspections, officials said.',
      '“There is goodwill, but goodwill does not load ships,” Turkish deputy foreign minister Selim Arkan told reporters outside the venue.',
      'A Western official briefed on the talks said the sticking point was who would pay for the inspectors. “Everyone wants the corridor and nobody wants the bill,” the official said.',
      'Arkan said a new round would be held next week. “We are not walking away,” he said.',
    ],
    [
      q('There is goodwill, but goodwill does not load ships,', 'Selim Arkan'),
      q('Everyone wants the corridor and nobody wants the bill,', 'official (unnamed)'),
      q('We are not walking away,', 'Selim Arkan'),
    ],
  ),
  passage(
    'f11-wire-02',
    ['wire', 'same_gender', 'partial_quote'],
    [
      'WASHINGTON (AP) - Senator Maria Delgado and Senator Joan Whitford clashed on Thursday over a bill that would cap the price of insulin at $35 a month.',
      'Delgado, who wrote the bill, called the current prices “a tax on being sick”. “People are rationing a drug that costs a few dollars to make,” she said.',
      'Whitford said she supported lower prices but feared the cap would push manufacturers to leave the market. “A cap that empties the shelves helps no one,” she said.',
      'Delgado dismissed that. “They said the same thing about generics,” she told reporters later.',
    ],
    [
      q('a tax on being sick', 'Maria Delgado'),
      q('People are rationing a drug that costs a few dollars to make,', 'Maria Delgado'),
      q('A cap that empties the shelves helps no one,', 'Joan Whitford'),
      q('They said the same thing about generics,', 'Maria Delgado'),
    ],
  ),
  passage(
    'f11-court-01',
    ['court', 'roles', 'british'],
    [
      'A delivery driver who knocked down a cyclist while reading a text message has been jailed for two years.',
      'Kieran Moss, 29, of Sallowfield, admitted causing serious injury by dangerous driving at Hallam Crown Court.',
      'The court heard that Moss had looked at his phone for eleven seconds before the crash. Prosecutor Helen Atherley said: “For eleven seconds the defendant was, in effect, driving blind.”',
      'Defending, Robert Lyle said his client had written to the victim to apologise. “He will carry this for the rest of his life,” he said.',
      'Judge Anne Pryce told Moss: “You chose a message over a man’s safety.”',
    ],
    [
      q('For eleven seconds the defendant was, in effect, driving blind.', 'Helen Atherley'),
      q('He will carry this for the rest of his life,', 'Robert Lyle'),
      q('You chose a message over a man’s safety.', 'Anne Pryce'),
    ],
  ),
  passage(
    'f11-court-02',
    ['court', 'american', 'document'],
    [
      'A federal jury in Denver on Friday convicted a former county treasurer of steering $2.3 million in public funds to companies owned by his relatives.',
      'The indictment said Wallace Greer had “treated the county treasury as a family account”.',
      'Greer’s lawyer, Dana Kessler, said he would appeal. “The jury did not hear the whole story,” she said outside the courthouse.',
      'U.S. Attorney Brian Coyle said the verdict sent a message. “Public money is not a private favor,” he said in a statement.',
    ],
    [
      q('treated the county treasury as a family account', 'the indictment'),
      q('The jury did not hear the whole story,', 'Dana Kessler'),
      q('Public money is not a private favor,', 'Brian Coyle'),
    ],
  ),
  passage(
    'f11-biz-01',
    ['business', 'organisation', 'partial_quote'],
    [
      'Harrowgate Foods said on Tuesday it would close two bakeries in the north of England, putting 380 jobs at risk.',
      '“These are difficult decisions and we do not take them lightly,” the company said in a statement. It said demand for packaged bread had fallen for five years in a row.',
      'The GMB union called the closures “a hammer blow for two towns”. Regional organiser Carl Denton said the union would fight for every job.',
    ],
    [q('These are difficult decisions and we do not take them lightly,', 'Harrowgate Foods'), q('a hammer blow for two towns', 'GMB union')],
  ),
  passage(
    'f11-biz-02',
    ['business', 'earnings', 'same_gender', 'pronoun'],
    [
      'Lindqvist Motors reported a 40% jump in quarterly profit on Thursday, helped by strong sales of its electric vans.',
      'Chief executive Per Lindqvist told analysts the company would build a second battery plant. “Demand is running ahead of what we can make,” he said.',
      'Finance chief Oskar Hedlund warned that margins would narrow next year as steel prices rose. “We are not going to pretend costs have gone away,” he said.',
      'Morgan Reid, an analyst at Fenwick Partners, said investors had been waiting for a second plant. “This is the number the market wanted,” he said.',
    ],
    [
      q('Demand is running ahead of what we can make,', 'Per Lindqvist'),
      q('We are not going to pretend costs have gone away,', 'Oskar Hedlund'),
      q('This is the number the market wanted,', 'Morgan Reid'),
    ],
  ),
  passage(
    'f11-biz-03',
    ['business', 'according_to', 'same_gender'],
    [
      'Shares in Corrigan Retail slid 12% on Monday after its chief executive, Fiona Lake, said Christmas trading had been weaker than hoped.',
      'According to Priya Shah, a retail analyst at Bramwell Capital, the figures pointed to deeper trouble. “The discounting started earlier and went deeper than anyone admitted,” she said.',
      'Lake defended the strategy in a call with investors. “We chose to protect our customers, not our margin,” she said.',
    ],
    [
      q('The discounting started earlier and went deeper than anyone admitted,', 'Priya Shah'),
      q('We chose to protect our customers, not our margin,', 'Fiona Lake'),
    ],
  ),
  passage(
    'f11-sport-01',
    ['sport', 'football', 'same_gender', 'quote_about'],
    [
      'Ashcombe United moved three points clear at the top of the table with a 2-0 win at Redford on Saturday.',
      'Manager Tony Barrow singled out his captain, Jamie Clough, who scored the second goal with a header. “Jamie leads by example. He never asks anyone to do what he will not do himself,” Barrow said.',
      'Clough said the squad was not thinking about promotion yet. “There are fourteen games left. Anything can happen,” he said.',
      'Redford manager Lee Varga admitted his side had been second best. “We did not lay a glove on them,” he said.',
    ],
    [
      q('Jamie leads by example. He never asks anyone to do what he will not do himself,', 'Tony Barrow'),
      q('There are fourteen games left. Anything can happen,', 'Jamie Clough'),
      q('We did not lay a glove on them,', 'Lee Varga'),
    ],
  ),
  passage(
    'f11-sport-02',
    ['sport', 'cricket', 'british_single_quotes'],
    [
      'Yorkshire’s Ben Hadley took six wickets for 41 as his side bowled out Somerset for 187 at Headingley on Tuesday.',
      '‘The ball was doing a bit early and I just tried to hit the top of off stump,’ said Hadley, 23.',
      'Somerset captain Alex Pruett said his batters had been undone by good bowling. ‘Sometimes you have to hold your hands up,’ he said. ‘He bowled us out.’',
    ],
    [
      q('The ball was doing a bit early and I just tried to hit the top of off stump,', 'Ben Hadley'),
      q('Sometimes you have to hold your hands up,', 'Alex Pruett'),
      q('He bowled us out.', 'Alex Pruett'),
    ],
  ),
  passage(
    'f11-sport-03',
    ['sport', 'netball', 'british_single_quotes', 'same_gender'],
    [
      'England’s netballers beat Jamaica 58-55 in Liverpool on Sunday to level the series.',
      'Goal shooter Hannah Oyelaran scored 44 of her 47 attempts. ‘It was loud out there and we fed off it,’ she said.',
      'Head coach Tessa Moorcroft praised her defence. ‘Keisha and Laura turned over so much ball in the last quarter,’ Moorcroft said. ‘That won us the game.’',
      'Jamaica captain Shanice Brown said her side would regroup. ‘We gave away too many cheap passes,’ she said.',
    ],
    [
      q('It was loud out there and we fed off it,', 'Hannah Oyelaran'),
      q('Keisha and Laura turned over so much ball in the last quarter,', 'Tessa Moorcroft'),
      q('That won us the game.', 'Tessa Moorcroft'),
      q('We gave away too many cheap passes,', 'Shanice Brown'),
    ],
  ),
  passage(
    'f11-sport-04',
    ['sport', 'basketball', 'pronoun', 'same_gender'],
    [
      'The Bayport Gulls beat Hollins 104-99 in overtime on Wednesday night, with rookie Darnell Price scoring 12 of his 28 points in the extra period.',
      '"The kid does not scare," Gulls coach Rick Amato said. "You saw it. He wanted the ball."',
      'Price said he had watched film of Hollins all week. "I knew where the help was coming from," he said. "I just had to be patient."',
      'Hollins guard Terrence Vaughn, who had 33 points, was blunt. "We gave it away," he said.',
    ],
    [
      q('The kid does not scare,', 'Rick Amato'),
      q('You saw it. He wanted the ball.', 'Rick Amato'),
      q('I knew where the help was coming from,', 'Darnell Price'),
      q('I just had to be patient.', 'Darnell Price'),
      q('We gave it away,', 'Terrence Vaughn'),
    ],
  ),
  passage(
    'f11-sport-05',
    ['sport', 'athletics', 'feature', 'pronoun'],
    [
      'Two years ago Ruth Adebayo could not run for a bus. On Sunday she finished the Halford Marathon in three hours and nine minutes.',
      'She took up running after a heart operation, on the advice of her surgeon, Dr Colin Marsh. “He told me to walk first,” she said. “I ignored the walking part.”',
      'Marsh, who was at the finish line, said he had not expected this. “I said exercise. I did not say marathons,” he said, laughing.',
    ],
    [
      q('He told me to walk first,', 'Ruth Adebayo'),
      q('I ignored the walking part.', 'Ruth Adebayo'),
      q('I said exercise. I did not say marathons,', 'Colin Marsh'),
    ],
  ),
  passage(
    'f11-sport-06',
    ['sport', 'golf', 'quote_about'],
    [
      'Scotland’s Ewan Tait shot a final-round 66 to win the Harbour Links Open by two strokes on Sunday, his first title on the tour.',
      'His caddie, Gordon Mair, said Tait had been calm all week. “He ate the same breakfast every day and never once looked at a leaderboard,” Mair said.',
      'Tait said he had thought about quitting last year. “I was that close to packing it in,” he said. “Now I have a trophy.”',
    ],
    [
      q('He ate the same breakfast every day and never once looked at a leaderboard,', 'Gordon Mair'),
      q('I was that close to packing it in,', 'Ewan Tait'),
      q('Now I have a trophy.', 'Ewan Tait'),
    ],
  ),
  passage(
    'f11-local-01',
    ['local', 'unnamed', 'organisation'],
    [
      'Residents of Elmfield Road say they have been without reliable hot water for six weeks after a boiler at their housing block failed.',
      '“I boil kettles to bathe my children,” said one mother of three, who asked not to be named because she feared eviction.',
      'Northgate Housing, which owns the block, said engineers were waiting for a part. “We are sorry for the disruption and are doing everything we can,” a spokeswoman said.',
      'Local councillor Amir Hussain said he had raised the matter twice. “Six weeks is not a delay. It is neglect,” he said.',
    ],
    [
      q('I boil kettles to bathe my children,', 'mother (unnamed)'),
      q('We are sorry for the disruption and are doing everything we can,', 'spokeswoman (unnamed)'),
      q('Six weeks is not a delay. It is neglect,', 'Amir Hussain'),
    ],
  ),
  passage(
    'f11-local-02',
    ['local', 'same_gender', 'long'],
    [
      'Councillors in Brackwater voted 9-7 on Monday to close the town’s last public toilets to save £60,000 a year.',
      'Council leader Peter Gaunt said the decision was forced by cuts. “Nobody came into politics to close toilets,” he said.',
      'Opposition leader Simon Rudd said the vote would keep older people at home. “If you cannot be sure of a toilet, you do not go out,” he said.',
      'Gaunt replied that the council had asked cafes to open their toilets to the public. “Nine have said yes already,” he said.',
      'Retired postman Arthur Bell, 81, who watched from the public gallery, said he was not convinced. “Cafes close at four,” he said.',
    ],
    [
      q('Nobody came into politics to close toilets,', 'Peter Gaunt'),
      q('If you cannot be sure of a toilet, you do not go out,', 'Simon Rudd'),
      q('Nine have said yes already,', 'Peter Gaunt'),
      q('Cafes close at four,', 'Arthur Bell'),
    ],
  ),
  passage(
    'f11-science-01',
    ['science', 'pronoun', 'same_gender'],
    [
      'Astronomers have found a planet about the size of Neptune orbiting so close to its star that a year lasts nineteen hours.',
      '“It should not exist,” said Dr Lena Hoffmann of the University of Tübingen, who led the study. “Something this close should have been stripped to a bare rock.”',
      'Her colleague Dr Sara Nilsson said the team would now look at its atmosphere. “If it still has one, we need to know how,” she said.',
    ],
    [
      q('It should not exist,', 'Lena Hoffmann'),
      q('Something this close should have been stripped to a bare rock.', 'Lena Hoffmann'),
      q('If it still has one, we need to know how,', 'Sara Nilsson'),
    ],
  ),
  passage(
    'f11-science-02',
    ['science', 'unnamed', 'quote_about'],
    [
      'A common weedkiller may harm bumblebees’ ability to keep their nests warm, a study published on Wednesday suggests.',
      'The researchers, led by Professor Graham Oakes of the University of Leicester, found that exposed colonies struggled to hold their temperature on cold nights.',
      '“The bees are not killed, they are made worse at being bees,” Oakes said.',
      'A spokesman for the Crop Protection Association said the study had used doses “far higher than anything a bee would meet in a field”.',
    ],
    [
      q('The bees are not killed, they are made worse at being bees,', 'Graham Oakes'),
      q('far higher than anything a bee would meet in a field', 'spokesman (unnamed)'),
    ],
  ),
  passage(
    'f11-health-01',
    ['health', 'long', 'same_gender'],
    [
      'Waiting times at accident and emergency departments in Calder Valley have reached their longest on record, figures show.',
      'Dr Hilary Brooks, an emergency consultant at Calder Royal Infirmary, said patients were being treated in corridors every day. “We have normalised something that should shock us,” she said.',
      'The trust’s chief executive, Janet Osei, said a new assessment unit would open in the spring. “We know the waits are too long, and we are sorry,” she said.',
      'Patient Maureen Tully, 77, waited fourteen hours with a broken wrist. “The nurses were lovely. There just were not enough of them,” she said.',
    ],
    [
      q('We have normalised something that should shock us,', 'Hilary Brooks'),
      q('We know the waits are too long, and we are sorry,', 'Janet Osei'),
      q('The nurses were lovely. There just were not enough of them,', 'Maureen Tully'),
    ],
  ),
  passage(
    'f11-health-02',
    ['health', 'organisation', 'document'],
    [
      'The Health and Safety Executive has issued a warning about a brand of electric blanket after reports of fires in three homes.',
      'The warning said the blankets could overheat “even when set to the lowest setting”.',
      'Retailer HomeHearth, which sold most of them, said customers should stop using them at once and would get a full refund. “Safety comes first,” the company said.',
    ],
    [q('even when set to the lowest setting', 'the warning'), q('Safety comes first,', 'HomeHearth')],
  ),
  passage(
    'f11-transport-01',
    ['transport', 'organisation', 'unnamed'],
    [
      'Passengers on Skylark Airways were stranded overnight at Bristol Airport after a flight to Malaga was cancelled at the last minute.',
      'Skylark blamed a technical fault and said it had arranged hotels for everyone. “We apologise to our customers for the inconvenience,” the airline said in a statement.',
      'One passenger, a teacher travelling with her husband, said the hotels had run out by midnight. “We slept on the floor by gate 12,” she said.',
    ],
    [q('We apologise to our customers for the inconvenience,', 'Skylark Airways'), q('We slept on the floor by gate 12,', 'passenger (unnamed)')],
  ),
  passage(
    'f11-transport-02',
    ['transport', 'same_gender', 'pronoun'],
    [
      'A new tram line between Millbrook and the city centre opened on Saturday, three years late and £90 million over budget.',
      'Transport mayor Dave Kershaw rode the first tram with schoolchildren. “It has been a long road, but look at it,” he said.',
      'Conservative group leader Ian Mortimer said residents were owed an apology. “Three years of roadworks is not something you celebrate with balloons,” he said.',
      'Kershaw, asked about the overspend, said the original budget had been unrealistic. “I inherited a number someone wrote on the back of an envelope,” he said.',
    ],
    [
      q('It has been a long road, but look at it,', 'Dave Kershaw'),
      q('Three years of roadworks is not something you celebrate with balloons,', 'Ian Mortimer'),
      q('I inherited a number someone wrote on the back of an envelope,', 'Dave Kershaw'),
    ],
  ),
  passage(
    'f11-feature-01',
    ['feature', 'pronoun', 'open_quote'],
    [
      'Every morning at six, Doreen Walsh unlocks the community fridge outside the church hall in Pendle Vale and checks what has been left overnight.',
      '“Yesterday it was forty yoghurts and a wedding cake,” she said. “You never know.',
      '“People were embarrassed at first. Now they just come and take what they need.”',
      'The fridge was the idea of the vicar, the Rev Simon Ashe. “Doreen does the real work. I just had the idea,” he said.',
    ],
    [
      q('Yesterday it was forty yoghurts and a wedding cake,', 'Doreen Walsh'),
      q('You never know.', 'Doreen Walsh'),
      q('People were embarrassed at first. Now they just come and take what they need.', 'Doreen Walsh'),
      q('Doreen does the real work. I just had the idea,', 'Simon Ashe'),
    ],
  ),
  passage(
    'f11-feature-02',
    ['feature', 'unnamed', 'same_gender'],
    [
      'The last bookshop in Carnforth High Street will close at the end of the month after 63 years.',
      'Owner Margaret Ellis, 70, took it over from her father in 1981. “I have sold books to three generations of the same families,” she said.',
      'A woman who has bought her children’s school books there for a decade said she would miss it. “You cannot ask a website what your nine-year-old should read next,” she said.',
      'Ellis said she would keep a few shelves at home. “Old habits,” she said.',
    ],
    [
      q('I have sold books to three generations of the same families,', 'Margaret Ellis'),
      q('You cannot ask a website what your nine-year-old should read next,', 'woman (unnamed)'),
      q('Old habits,', 'Margaret Ellis'),
    ],
  ),
  passage(
    'f11-feature-03',
    ['feature', 'scare_quotes', 'non_quote_quotation_marks'],
    [
      'The cafe calls it the “quiet hour”: from two to three every afternoon the music goes off and the lights go down for customers with autism.',
      'Manager Ellie Fraser got the idea from her brother, who is autistic. “He loved cafes but could never stay more than ten minutes,” she said.',
      'Her brother, Callum, now comes every Thursday. “It is the only place I can hear myself think,” he said.',
    ],
    [q('He loved cafes but could never stay more than ten minutes,', 'Ellie Fraser'), q('It is the only place I can hear myself think,', 'Callum Fraser')],
  ),
  passage(
    'f11-obit-01',
    ['obituary', 'tribute', 'same_gender'],
    [
      'Frank Delaney, who ran the Hollin Bridge boxing club for 40 years and trained two Olympians, has died aged 88.',
      'Former pupil Tyrone Gale, who won bronze in 1996, said Delaney had kept him out of trouble. “Without Frank I would have been in prison, not on a podium,” he said.',
      'His daughter, Siobhan, said her father had been at the club until a month before he died. “He would correct your stance from a wheelchair,” she said.',
    ],
    [q('Without Frank I would have been in prison, not on a podium,', 'Tyrone Gale'), q('He would correct your stance from a wheelchair,', 'Siobhan Delaney')],
  ),
  passage(
    'f11-obit-02',
    ['obituary', 'quote_about', 'title'],
    [
      'Nora Quill, the novelist whose debut “The Salt House” sold more than two million copies, has died at her home in Galway. She was 79.',
      'Her publisher, Declan Hart, said she had been working on a new book. “She sent me forty pages in March and they were as good as anything she wrote,” he said.',
      'In a 2004 interview she said: “I write about families because nobody escapes one.”',
    ],
    [
      q('She sent me forty pages in March and they were as good as anything she wrote,', 'Declan Hart'),
      q('I write about families because nobody escapes one.', 'Nora Quill'),
    ],
  ),
  passage(
    'f11-qa-01',
    ['transcript', 'qa'],
    [
      'Minister Clare Donnelly was asked on BBC Radio Ulster on Sunday about the delay to the new children’s hospital.',
      'Interviewer: “Parents were promised this building in 2022. Why should they believe you now?”',
      'Donnelly: “Because this time the contract is signed and the money is ring-fenced.”',
      'Interviewer: “And if it slips again?”',
      'Donnelly: “Then I will answer for it.”',
    ],
    [
      q('Parents were promised this building in 2022. Why should they believe you now?', 'Interviewer'),
      q('Because this time the contract is signed and the money is ring-fenced.', 'Clare Donnelly'),
      q('And if it slips again?', 'Interviewer'),
      q('Then I will answer for it.', 'Clare Donnelly'),
    ],
  ),
  passage(
    'f11-politics-01',
    ['politics', 'unnamed', 'roles'],
    [
      'The prime minister will not sack her home secretary despite pressure from backbenchers, Downing Street said on Monday.',
      '“The prime minister has full confidence in the home secretary,” the prime minister’s official spokesman told reporters.',
      'One senior backbencher, speaking on condition of anonymity, said patience was running out. “It is a question of when, not if,” he said.',
      'Home Secretary Raymond Cole said he was focused on the job. “I have a department to run,” he said.',
    ],
    [
      q('The prime minister has full confidence in the home secretary,', 'spokesman (unnamed)'),
      q('It is a question of when, not if,', 'backbencher (unnamed)'),
      q('I have a department to run,', 'Raymond Cole'),
    ],
  ),
  passage(
    'f11-politics-02',
    ['politics', 'same_gender', 'replied'],
    [
      'The leader of Stenbury council and her deputy were at odds on Wednesday over plans to charge residents for garden waste collection.',
      'Deputy leader Karen Pike was asked by reporters whether she backed the charge. “Not in its current form,” she replied.',
      'Council leader Julie Armitage said she was surprised. “Karen voted for this in cabinet,” she said.',
    ],
    [q('Not in its current form,', 'Karen Pike'), q('Karen voted for this in cabinet,', 'Julie Armitage')],
  ),
  passage(
    'f11-politics-03',
    ['politics', 'wire', 'added'],
    [
      'PARIS (AFP) - France’s finance minister, Laurent Morel, on Friday defended plans to raise the retirement age for public sector workers.',
      '“We are living longer and we have to pay for it,” Morel told France Inter radio.',
      'He added: “The alternative is to cut pensions, and I will not do that.”',
      'Unions called a strike for next Thursday. CGT leader Sophie Binet said the plan was “unjust and unnecessary”.',
    ],
    [
      q('We are living longer and we have to pay for it,', 'Laurent Morel'),
      q('The alternative is to cut pensions, and I will not do that.', 'Laurent Morel'),
      q('unjust and unnecessary', 'Sophie Binet'),
    ],
  ),
  passage(
    'f11-education-01',
    ['education', 'pronoun', 'same_gender'],
    [
      'A primary school in Haddon has been rated outstanding a year after it was placed in special measures.',
      'Headteacher Grace Mensah, who arrived in the middle of the crisis, said the staff deserved the credit. “They never stopped believing in these children,” she said.',
      'Parent governor Louise Crane said the change had been remarkable. “My son used to cry at the gate. Now he runs in,” she said.',
      'The inspectors’ report said pupils were “curious, confident and kind”.',
    ],
    [
      q('They never stopped believing in these children,', 'Grace Mensah'),
      q('My son used to cry at the gate. Now he runs in,', 'Louise Crane'),
      q('curious, confident and kind', 'the inspectors’ report'),
    ],
  ),
  passage(
    'f11-crime-01',
    ['crime', 'police', 'unnamed'],
    [
      'Police are appealing for witnesses after a 17-year-old boy was stabbed outside a takeaway in Fordham on Saturday night.',
      'Detective Inspector Mark Sowerby said the boy was in a stable condition. “This was a frightening attack in a busy street and someone will have seen something,” he said.',
      'A man who works at the takeaway said he had heard shouting and ran outside. “There was blood on the pavement. I just held his hand until the ambulance came,” he said.',
    ],
    [
      q('This was a frightening attack in a busy street and someone will have seen something,', 'Mark Sowerby'),
      q('There was blood on the pavement. I just held his hand until the ambulance came,', 'man (unnamed)'),
    ],
  ),
  passage(
    'f11-crime-02',
    ['crime', 'court', 'same_gender', 'long'],
    [
      'Two brothers who ran a fake roofing business that targeted elderly homeowners have been jailed.',
      'Daniel Cash, 34, and Lee Cash, 31, charged one 89-year-old woman £14,000 for work that was never done, Farrowby Crown Court heard.',
      'Her son, Martin Hale, told the court his mother no longer answered the door. “They did not just take her money. They took her peace of mind,” he said.',
      'Judge Michael Stride said the brothers had shown “a complete absence of shame”. He jailed Daniel Cash for five years and Lee Cash for four.',
    ],
    [q('They did not just take her money. They took her peace of mind,', 'Martin Hale'), q('a complete absence of shame', 'Michael Stride')],
  ),
  passage(
    'f11-environment-01',
    ['environment', 'organisation', 'partial_quote'],
    [
      'A water company has been fined £3.2 million for pumping raw sewage into a river used by swimmers.',
      'The Environment Agency said Westmere Water had ignored alarms for 36 hours. Its area manager, Rachel Knox, said the spill was “entirely avoidable”.',
      'Westmere Water said it accepted the fine. “We have let down our customers and the river,” the company said.',
      'Swimmer Nick Ambrose, who helped collect samples, said the fine was too small. “They make that much in a week,” he said.',
    ],
    [
      q('entirely avoidable', 'Rachel Knox'),
      q('We have let down our customers and the river,', 'Westmere Water'),
      q('They make that much in a week,', 'Nick Ambrose'),
    ],
  ),
  passage(
    'f11-environment-02',
    ['environment', 'unnamed', 'pronoun'],
    [
      'Farmers on the Somerset Levels say this winter’s floods are the worst since 2014.',
      'Dairy farmer Jim Holcombe has moved his herd to rented land twenty miles away. “I have never seen the water come up this fast,” he said.',
      'His neighbour, who did not want to be named, said he had lost a third of his winter feed. “Nobody insures you for this any more,” he said.',
    ],
    [q('I have never seen the water come up this fast,', 'Jim Holcombe'), q('Nobody insures you for this any more,', 'neighbour (unnamed)')],
  ),
  passage(
    'f11-arts-01',
    ['arts', 'title', 'non_quote_quotation_marks', 'quote_about'],
    [
      'The National Theatre’s new production of “The Cherry Orchard” opened on Tuesday to mixed reviews.',
      'Director Imogen Price said she had wanted to make the play funny again. “Chekhov called it a comedy. People forget that,” she said.',
      'Lead actor Sanjeev Rao, who plays Lopakhin, said rehearsals had been intense. “Imogen makes you earn every laugh,” he said.',
    ],
    [q('Chekhov called it a comedy. People forget that,', 'Imogen Price'), q('Imogen makes you earn every laugh,', 'Sanjeev Rao')],
  ),
  passage(
    'f11-arts-02',
    ['arts', 'music', 'pronoun', 'said_of'],
    [
      'Singer Maya Osei has cancelled the rest of her European tour on medical advice, her management said on Thursday.',
      'In a post on Instagram she told fans: “I am so sorry. I need to rest my voice or I will not have one.”',
      'Her manager, Dev Patel, said she was expected to make a full recovery. “Maya will be back. She just needs time,” he said.',
    ],
    [q('I am so sorry. I need to rest my voice or I will not have one.', 'Maya Osei'), q('Maya will be back. She just needs time,', 'Dev Patel')],
  ),
  passage(
    'f11-tech-01',
    ['technology', 'business', 'organisation', 'unnamed'],
    [
      'Social media company Chatterly said on Monday it would start charging users in Europe a monthly fee to see no adverts.',
      'The company said the move responded to new EU rules. “People will have a real choice,” a spokesperson said.',
      'Consumer group Which? said the fee was “a charge for privacy that should be free”. Its director of policy, Anna Lowe, said the group would complain to regulators.',
      'Tech analyst Marcus Webb said he expected few people to pay. “Most people will click accept and move on,” he said.',
    ],
    [
      q('People will have a real choice,', 'spokesperson (unnamed)'),
      q('a charge for privacy that should be free', 'Which?'),
      q('Most people will click accept and move on,', 'Marcus Webb'),
    ],
  ),
  passage(
    'f11-tech-02',
    ['technology', 'same_gender', 'according_to'],
    [
      'A start-up in Leeds says it has built a battery for e-bikes that charges in ten minutes.',
      'Co-founder Tom Akers said the company had spent four years on the design. “Everyone told us it could not be done at this price,” he said.',
      'According to Neil Brennan, who studies batteries at the University of Sheffield, the claim is plausible but unproven. “I would want to see how it holds up after a thousand charges,” he said.',
      'Akers said independent tests were under way. “We are not asking anyone to take our word for it,” he added.',
    ],
    [
      q('Everyone told us it could not be done at this price,', 'Tom Akers'),
      q('I would want to see how it holds up after a thousand charges,', 'Neil Brennan'),
      q('We are not asking anyone to take our word for it,', 'Tom Akers'),
    ],
  ),
  passage(
    'f11-consumer-01',
    ['consumer', 'money', 'unnamed', 'same_gender'],
    [
      'Energy customers on prepayment meters paid on average £120 more last winter than those paying by direct debit, a charity says.',
      'Citizens Advice said the gap was “indefensible”. Its chief executive, Clare Moriarty, said regulators should close it by the spring.',
      'A single mother from Walsall, who uses a prepayment meter, said she had sat in the dark to save credit. “My kids did their homework by torchlight,” she said.',
      'Energy UK said suppliers were working to narrow the gap. “Nobody wants to see customers penalised for how they pay,” a spokeswoman said.',
    ],
    [
      q('indefensible', 'Citizens Advice'),
      q('My kids did their homework by torchlight,', 'mother (unnamed)'),
      q('Nobody wants to see customers penalised for how they pay,', 'spokeswoman (unnamed)'),
    ],
  ),
  passage(
    'f11-wire-03',
    ['wire', 'disaster', 'unnamed', 'long'],
    [
      'MANILA (Reuters) - A typhoon tore through the central Philippines on Saturday, killing at least 14 people and forcing more than 200,000 from their homes, officials said.',
      '“The wind took the roofs off whole streets,” said Rogelio Santos, mayor of the coastal town of Tabuelan. “We are still counting.”',
      'A fisherman in Tabuelan, who gave only his first name, Jun, said he had lost his boat. “Without the boat there is no work,” he said.',
      'The national disaster agency said the death toll was likely to rise. Its spokesman, Edgar Posadas, said rescue teams had not yet reached several islands.',
    ],
    [
      q('The wind took the roofs off whole streets,', 'Rogelio Santos'),
      q('We are still counting.', 'Rogelio Santos'),
      q('Without the boat there is no work,', 'Jun'),
    ],
  ),
  passage(
    'f11-sport-07',
    ['sport', 'football', 'quote_about', 'said_of'],
    [
      'Marston City have sacked manager Gary Linton after a run of eight games without a win.',
      'Chairman Howard Pell said the decision had been painful. “Gary is a good man and a good coach, but the results were not there,” Pell said in a statement.',
      'Linton, who had been in charge for two years, said he was disappointed. “I believe I would have turned it round,” he told the Marston Echo.',
      'Captain Ryan Doyle said the players felt responsible. “We are the ones on the pitch. This is on us,” he said.',
    ],
    [
      q('Gary is a good man and a good coach, but the results were not there,', 'Howard Pell'),
      q('I believe I would have turned it round,', 'Gary Linton'),
      q('We are the ones on the pitch. This is on us,', 'Ryan Doyle'),
    ],
  ),
  passage(
    'f11-court-03',
    ['court', 'british_single_quotes', 'same_gender'],
    [
      'A woman who posed as a nurse to steal from hospital patients has been jailed for 30 months.',
      'Tracey Holt, 41, took bank cards and jewellery from eleven patients at Kestle General Hospital, Truro Crown Court heard.',
      'Prosecutor Deborah Innes said: ‘She wore a uniform she had bought online and walked onto the wards as if she belonged there.’',
      'Sentencing, Judge Carol Whitby told Holt: ‘You preyed on people at their most vulnerable.’',
    ],
    [
      q('She wore a uniform she had bought online and walked onto the wards as if she belonged there.', 'Deborah Innes'),
      q('You preyed on people at their most vulnerable.', 'Carol Whitby'),
    ],
  ),
  passage(
    'f11-business-04',
    ['business', 'property', 'unnamed', 'pronoun'],
    [
      'House prices in the south-west fell for a sixth month in a row in November, according to the Hallworth Building Society.',
      'Its chief economist, Robert Gardner, said higher mortgage rates were still feeding through. “Buyers are borrowing less because they have to,” he said.',
      'An estate agent in Exeter, who asked not to be named, said sellers were slow to accept lower offers. “Everyone wants last year’s price,” she said.',
    ],
    [q('Buyers are borrowing less because they have to,', 'Robert Gardner'), q('Everyone wants last year’s price,', 'estate agent (unnamed)')],
  ),
  passage(
    'f11-science-03',
    ['science', 'health', 'long', 'same_gender'],
    [
      'A drug already used for diabetes may slow the progress of Parkinson’s disease, a trial involving 300 patients suggests.',
      'Professor Alan Whitmore of University College London, who led the trial, said the results were encouraging but early. “We are not talking about a cure,” he said. “We are talking about buying people time.”',
      'Dr David Kaye, research director at Parkinson’s UK, which part-funded the study, said the next trial would be larger. “This is exactly the kind of result that justifies a bigger study,” he said.',
      'Patient Stephen Rowe, 64, who took part, said he had noticed a difference. “My hands are steadier than they were two years ago,” he said.',
    ],
    [
      q('We are not talking about a cure,', 'Alan Whitmore'),
      q('We are talking about buying people time.', 'Alan Whitmore'),
      q('This is exactly the kind of result that justifies a bigger study,', 'David Kaye'),
      q('My hands are steadier than they were two years ago,', 'Stephen Rowe'),
    ],
  ),
  passage(
    'f11-local-03',
    ['local', 'asked', 'replied', 'same_gender'],
    [
      'A parish council in Wexcombe has banned dogs from its playing field after complaints about mess.',
      'Dog walker Sheila Markham asked the chairman, Roy Ashworth, at Tuesday’s meeting where people were supposed to go. “The lanes, like everyone did before the field was there,” he replied.',
      'Markham said she would start a petition. “There are more dogs in this village than children,” she said.',
    ],
    [q('The lanes, like everyone did before the field was there,', 'Roy Ashworth'), q('There are more dogs in this village than children,', 'Sheila Markham')],
  ),
  passage(
    'f11-wire-04',
    ['wire', 'military', 'unnamed', 'roles'],
    [
      'KYIV (Reuters) - Ukraine’s air force said on Tuesday it had shot down 31 of 40 drones launched overnight, as a fire broke out at an energy facility in the west of the country.',
      '“Air defence worked all night,” air force spokesman Yuriy Ihnat said on national television.',
      'A senior official at the energy ministry, who spoke on condition of anonymity, said repairs would take at least a week. “The damage is serious but not critical,” the official said.',
      'President Volodymyr Zelenskyy urged allies to send more air defence systems. “Every system we receive saves lives,” he said in his nightly address.',
    ],
    [
      q('Air defence worked all night,', 'Yuriy Ihnat'),
      q('The damage is serious but not critical,', 'official (unnamed)'),
      q('Every system we receive saves lives,', 'Volodymyr Zelenskyy'),
    ],
  ),
  passage(
    'f11-feature-04',
    ['feature', 'pronoun', 'same_gender', 'long'],
    [
      'When the Dunmore lifeboat launched at 3am on Sunday, two of its crew were father and son.',
      'Coxswain Bryn Howells, 58, has served for 30 years. His son Owen, 24, joined three years ago. “I do not treat him any differently out there,” the elder Howells said. “The sea does not care whose son you are.”',
      'Owen said his father was stricter with him than with anyone. “He checks my lifejacket twice,” he said.',
      'The crew rescued two fishermen whose boat had lost power. One of them, Patrick Dunne, said he owed them his life. “I thought we were gone,” he said.',
    ],
    [
      q('I do not treat him any differently out there,', 'Bryn Howells'),
      q('The sea does not care whose son you are.', 'Bryn Howells'),
      q('He checks my lifejacket twice,', 'Owen Howells'),
      q('I thought we were gone,', 'Patrick Dunne'),
    ],
  ),
];
