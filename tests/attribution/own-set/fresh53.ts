// The own set's part "fresh 53": written by a second author during the twenty-first session, without reading the engine's rules, its tests or any other part's passages, so it is measured on text its author never saw. It covers education, religion and community life: schools and universities, students and teachers, unions, clergy and congregations, charities and volunteers, local councils' decisions on them. Measured only. Same gold conventions as passages.ts. People, places and organisations are made up.
import type { GoldItem } from '../dev-metrics';
import { passage, q } from './passages';

export const ownSetFresh53: GoldItem[] = [
  passage('f53-teachers-strike-vote-01', ['wire', 'curly_double', 'said_after', 'split_quote', 'pronoun_speaker'], [
    `HALDEN, March 4 — Teachers in the Halden County school district voted on Tuesday to walk out next week unless the school board reopens pay talks, the teachers' union said.`,
    `“Our members have been patient for two years,” said Rosalind Achterberg, president of the Halden Education Association. “Patience is not a salary.”`,
    `The board's chairman, Teodor Vasquez-Lind, said the district had offered a 3 percent raise and could not go further without cutting programs.`,
    `“We have put every dollar we have on the table,” he said. “If there is a strike, it will be the children who pay for it.”`,
    `Achterberg dismissed that argument. “They always find money for consultants,” she said.`,
  ], [
    q(`Our members have been patient for two years,`, 'Rosalind Achterberg'),
    q(`Patience is not a salary.`, 'Rosalind Achterberg'),
    q(`We have put every dollar we have on the table,`, 'Teodor Vasquez-Lind'),
    q(`If there is a strike, it will be the children who pay for it.`, 'Teodor Vasquez-Lind'),
    q(`They always find money for consultants,`, 'Rosalind Achterberg'),
  ]),
  passage('f53-church-closure-wexcombe-02', ['british_single_curly', 'apostrophes_inside', 'org_speaker', 'said_after'], [
    `The Church of St Aldric in Wexcombe will hold its last Sunday service next month after 163 years, the Diocese of Marlbury has confirmed.`,
    `Congregation numbers have fallen to fewer than 20 regulars, and a survey last year found the roof needed repairs estimated at £1.2m.`,
    `‘It’s heartbreaking, but we can’t ask twelve pensioners to raise a million pounds,’ said the Rev Canon Hilary Pennock, the vicar.`,
    `The diocese said in a statement that the building would be offered first to community groups. ‘No decision on a sale will be taken until every local option has been explored,’ it said.`,
    `Margaret Ossory, 81, who was married at St Aldric’s in 1964, said she had not missed a Sunday in a decade. ‘Where do they expect us to go?’ she asked. ‘The bus to Marlbury takes an hour.’`,
  ], [
    q(`It’s heartbreaking, but we can’t ask twelve pensioners to raise a million pounds,`, 'Hilary Pennock'),
    q(`No decision on a sale will be taken until every local option has been explored,`, 'the Diocese of Marlbury'),
    q(`Where do they expect us to go?`, 'Margaret Ossory'),
    q(`The bus to Marlbury takes an hour.`, 'Margaret Ossory'),
  ]),
  passage('f53-bus-routes-council-03', ['no_quotes', 'local_council'], [
    `The Tarrow Valley council voted 7–2 on Monday night to cut two rural school bus routes from September, a move officials estimate will save about $180,000 a year.`,
    `Parents in the hamlets of Cray's Ford and Millbeck will instead receive a mileage allowance to drive their children to Tarrow Valley Consolidated School.`,
    `Councillor Dagny Holmquist, who voted against the cuts, said she would ask the state education department to review whether the change complies with transport rules for pupils living more than three miles from school.`,
    `The council's finance committee had recommended the change in January. A public hearing on the budget is scheduled for April 12.`,
  ], []),
  passage('f53-library-all-nighters-04', ['feature', 'byline', 'straight_double', 'says_present', 'split_quote'], [
    `By Ines Carvalho-Reyes`,
    `At Brenmoor University, the library never closes during exam season anymore. Students sleep on beanbags between the stacks, and a volunteer group hands out soup at 2 a.m.`,
    `"People think we're lazy," says Kwame Asante-Boateng, a third-year engineering student, balancing a laptop on his knees. "Look around. Nobody here is lazy. They're exhausted."`,
    `The 24-hour opening began as a pilot in 2022. Dr. Fenella Strachan, the university librarian, says demand surprised her.`,
    `"We expected a few dozen people overnight," she says. "We had four hundred the first week."`,
    `Not everyone is pleased. The student wellbeing officer, Priya Raghunathan, worries that the policy quietly normalizes all-nighters. "A library that never closes," she says, "sends a message that rest is optional."`,
  ], [
    q(`People think we're lazy,`, 'Kwame Asante-Boateng'),
    q(`Look around. Nobody here is lazy. They're exhausted.`, 'Kwame Asante-Boateng'),
    q(`We expected a few dozen people overnight,`, 'Fenella Strachan'),
    q(`We had four hundred the first week.`, 'Fenella Strachan'),
    q(`A library that never closes,`, 'Priya Raghunathan'),
    q(`sends a message that rest is optional.`, 'Priya Raghunathan'),
  ]),
  passage('f53-lindell-closure-debate-05', ['hard', 'alternating_same_gender', 'role_reference', 'partial_quote', 'cue_verbs', 'curly_double'], [
    `The debate in Eastfield High's auditorium on Thursday lasted nearly three hours and at times turned personal.`,
    `Superintendent Marcus Oyelaran opened by defending the district's plan to close Lindell Elementary, saying enrollment there had dropped by a third since 2015.`,
    `Gareth Pryce-Morgan, who heads the local chapter of the teachers' union, was having none of it. “You closed the bus route, then you blamed the parents for leaving,” he told the audience.`,
    `“That is simply not what happened,” Oyelaran shot back.`,
    `“It is exactly what happened,” Pryce-Morgan insisted. “I have the minutes.”`,
    `The superintendent paused, then conceded that the bus decision “could have been handled better.”`,
    `“Could have been,” the union leader repeated. “Tell that to the Lindell kids.”`,
  ], [
    q(`You closed the bus route, then you blamed the parents for leaving,`, 'Gareth Pryce-Morgan'),
    q(`That is simply not what happened,`, 'Marcus Oyelaran'),
    q(`It is exactly what happened,`, 'Gareth Pryce-Morgan'),
    q(`I have the minutes.`, 'Gareth Pryce-Morgan'),
    q(`could have been handled better.`, 'Marcus Oyelaran'),
    q(`Could have been,`, 'Gareth Pryce-Morgan'),
    q(`Tell that to the Lindell kids.`, 'Gareth Pryce-Morgan'),
  ]),
  passage('f53-school-play-titles-06', ['non_quote_quotation_marks', 'straight_double', 'titles', 'nickname'], [
    `The drama club at Saint Columba's Secondary will stage "The Lantern Keepers" in the school hall from May 8 to 10, with the proceeds going to the parish food bank.`,
    `The production is directed by music teacher Orla Breathnach, whose adaptation of "A Winter at Glenmore" drew sell-out crowds in 2023.`,
    `Students have nicknamed the school's ancient lighting rig "the Dinosaur", and a fundraising drive to replace it has so far collected €4,300.`,
    `Tickets cost €8 for adults and €4 for students and are available from the school office.`,
  ], []),
  passage('f53-hiring-freeze-memo-07', ['wire', 'colon_cue', 'unnamed_source', 'org_speaker', 'partial_quote', 'curly_double'], [
    `SORRENFIELD — The state university system will freeze hiring at all eleven campuses from July, according to an internal memo seen by the Sorrenfield Courier.`,
    `In the memo, Chancellor Beatriz Anchorena tells campus presidents: “No new faculty lines will be approved until the legislature restores the base appropriation.”`,
    `An administrator at one of the smaller campuses, who spoke on condition of anonymity because the memo had not been made public, said the freeze would hit language departments hardest. “We are already down to one person teaching Portuguese,” the administrator said. “If she retires, the program is gone.”`,
    `The faculty senate issued a statement on Wednesday evening calling the freeze “a slow-motion layoff.”`,
    `Asked about the memo, a spokesman for the chancellor's office, Dmitri Halvorsen, said: “The chancellor has been clear with the legislature about the consequences of the budget it passed.”`,
  ], [
    q(`No new faculty lines will be approved until the legislature restores the base appropriation.`, 'Beatriz Anchorena'),
    q(`We are already down to one person teaching Portuguese,`, 'administrator (unnamed)'),
    q(`If she retires, the program is gone.`, 'administrator (unnamed)'),
    q(`a slow-motion layoff.`, 'the faculty senate'),
    q(`The chancellor has been clear with the legislature about the consequences of the budget it passed.`, 'Dmitri Halvorsen'),
  ]),
  passage('f53-shelter-volunteers-08', ['hard', 'pronoun_speaker', 'several_same_gender', 'curly_double'], [
    `The Harrowgate Women's Shelter has run out of beds three nights in a row, and its director says the city has known this was coming.`,
    `Speaking at the shelter's annual volunteers' dinner on Saturday, the director, Yetunde Bakare, thanked the roughly 60 volunteers and singled out two: Helga Sørensen, who has cooked Tuesday dinners for 14 years, and Rosa Maldonado, a retired nurse who runs the weekend intake desk.`,
    `Sørensen, embarrassed, waved from the back of the room. Maldonado was on shift.`,
    `Then Bakare turned to the city. In March, she noted, the council's housing committee received a report warning that emergency beds would fall short by winter. “They read it, they thanked us for it, and they filed it,” she said. “I would like someone to un-file it.”`,
    `Sørensen, reached later by phone, was blunter. “Fourteen years I've cooked there,” she said. “It has never been this full.”`,
    `A spokeswoman for Mayor Ewan Thackeray said the mayor would meet shelter operators next week.`,
  ], [
    q(`They read it, they thanked us for it, and they filed it,`, 'Yetunde Bakare'),
    q(`I would like someone to un-file it.`, 'Yetunde Bakare'),
    q(`Fourteen years I've cooked there,`, 'Helga Sørensen'),
    q(`It has never been this full.`, 'Helga Sørensen'),
  ]),
];
