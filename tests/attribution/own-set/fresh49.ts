// The own set's part "fresh 49": written by a second author during the twenty-first session, without reading the engine's rules, its tests or any other part's passages, so it is measured on text its author never saw. It covers obituaries, tributes and funerals: eulogies quoted, families and colleagues remembering, old interviews quoted again, statements from institutions, memorial services, in many countries. Measured only. Same gold conventions as passages.ts. People, places and organisations are made up.
import type { GoldItem } from '../dev-metrics';
import { passage, q } from './passages';

export const ownSetFresh49: GoldItem[] = [
  passage('f49-poet-funeral-01', ['curly_double', 'eulogy', 'split_quote', 'partial_quote', 'wire'], [
    `DALMERE, Oct 3 — Mourners filled the cathedral of St Anselm on Saturday for the funeral of Ilse Varnholt, the poet whose verse about the harbour towns of the north coast was taught in schools for four decades. She died last week at 91.`,
    `“She wrote the way fishermen mend nets, slowly and without wasting a single knot,” said her nephew, Tobias Varnholt, who delivered the eulogy. “Nothing she made ever came apart.”`,
    `The culture minister, Renate Olbrich, told reporters outside the church that the country had lost “its most patient listener.”`,
    `Varnholt's publisher of thirty years, Hanno Selbach, recalled that she had rejected every cover design he ever proposed. “Every single one,” he said, laughing. “And she was right every time.”`,
  ], [
    q(`She wrote the way fishermen mend nets, slowly and without wasting a single knot,`, 'Tobias Varnholt'),
    q(`Nothing she made ever came apart.`, 'Tobias Varnholt'),
    q(`its most patient listener.`, 'Renate Olbrich'),
    q(`Every single one,`, 'Hanno Selbach'),
    q(`And she was right every time.`, 'Hanno Selbach'),
  ]),
  passage('f49-manager-tribute-02', ['british_single', 'straight_single', 'partial_quote', 'pronoun_speaker', 'organisation_speaker', 'colon_cue', 'hard'], [
    `By Gareth Pryce`,
    `Tributes have poured in for Desmond Okoro, the former Harlow Vale manager who has died aged 68 after a short illness.`,
    `Okoro led the club from the fourth tier to the second in six seasons, and his former captain, Lewis Strand, said he had 'changed the life of every lad who walked through that door'.`,
    `'He'd sit you down after a bad game and he wouldn't shout,' Strand said. 'He'd just ask you what you thought went wrong, and you'd end up telling him things you didn't know you knew.'`,
    `The club's current manager, Phil Abernethy, who played under Okoro for two seasons, described him as 'a gentleman in a game that doesn't always have many'.`,
    `'I owe him my career, simple as that,' he added. 'There'll be a minute's applause on Saturday, and I suspect it will go on a lot longer than a minute.'`,
    `In a statement, Harlow Vale said: 'Des was Harlow Vale. Our thoughts are with Maureen and the family.'`,
  ], [
    q(`changed the life of every lad who walked through that door`, 'Lewis Strand'),
    q(`He'd sit you down after a bad game and he wouldn't shout,`, 'Lewis Strand'),
    q(`He'd just ask you what you thought went wrong, and you'd end up telling him things you didn't know you knew.`, 'Lewis Strand'),
    q(`a gentleman in a game that doesn't always have many`, 'Phil Abernethy'),
    q(`I owe him my career, simple as that,`, 'Phil Abernethy'),
    q(`There'll be a minute's applause on Saturday, and I suspect it will go on a lot longer than a minute.`, 'Phil Abernethy'),
    q(`Des was Harlow Vale. Our thoughts are with Maureen and the family.`, 'Harlow Vale'),
  ]),
  passage('f49-surgeon-obituary-03', ['straight_double', 'old_interview', 'present_tense', 'feature', 'pronoun_speaker'], [
    `Dr. Amaka Nwachukwu, who performed the first heart transplant on a child at St. Brendan's Children's Hospital in Port Harmon, died on Friday. She was 79.`,
    `In a 1998 interview with the Harmon Courier, she said the operation had left her unable to sleep for three nights. "I kept getting up to check whether he was still breathing," she said then. "He was. He is still breathing today, I am told, and he has children of his own."`,
    `That patient, Chidi Eze, is now 41 and an accountant, and says he will be at the funeral. "I don't remember her hands, I was too small," Eze says. "But my mother talked about her hands every day of my life."`,
    `Her daughter, Ngozi Nwachukwu-Bell, said the family would hold a private burial on Thursday. Colleagues remember her as demanding.`,
    `"If your sutures were sloppy, she would make you redo them in front of the whole team," said Dr. Femi Adeyemi, who trained under her in the 1990s. "Nobody ever made that mistake twice."`,
  ], [
    q(`I kept getting up to check whether he was still breathing,`, 'Amaka Nwachukwu'),
    q(`He was. He is still breathing today, I am told, and he has children of his own.`, 'Amaka Nwachukwu'),
    q(`I don't remember her hands, I was too small,`, 'Chidi Eze'),
    q(`But my mother talked about her hands every day of my life.`, 'Chidi Eze'),
    q(`If your sutures were sloppy, she would make you redo them in front of the whole team,`, 'Femi Adeyemi'),
    q(`Nobody ever made that mistake twice.`, 'Femi Adeyemi'),
  ]),
  passage('f49-tenor-memorial-04', ['straight_double', 'same_gender_alternating', 'surname_ambiguity', 'non_quote_quotation_marks', 'hard'], [
    `LINDGARD — Several hundred people gathered at the Lindgard Opera House on Sunday for a memorial to Matthias Kranz, the tenor who sang more than 400 performances on its stage before retiring in 2011.`,
    `His widow, Sofie Kranz, spoke first. "He never got used to applause," she said. "He would come home and tell me he had been lucky that night, as if the voice belonged to somebody else."`,
    `The soprano Elena Marchetti, who sang opposite him in the house's celebrated 1994 "Tosca," followed her to the lectern. Marchetti remembered a performance in which the set caught fire during the second act.`,
    `"Matthias kept singing. The stagehands were running around with extinguishers, and he just kept singing," she said.`,
    `"She tells that story better than I do," Kranz said afterward, smiling. "But it is true. He told me the fire was the best lighting he ever had."`,
    `The house's general director, Pavel Horak, announced that a rehearsal room would be named for the tenor.`,
  ], [
    q(`He never got used to applause,`, 'Sofie Kranz'),
    q(`He would come home and tell me he had been lucky that night, as if the voice belonged to somebody else.`, 'Sofie Kranz'),
    q(`Matthias kept singing. The stagehands were running around with extinguishers, and he just kept singing,`, 'Elena Marchetti'),
    q(`She tells that story better than I do,`, 'Sofie Kranz'),
    q(`But it is true. He told me the fire was the best lighting he ever had.`, 'Sofie Kranz'),
  ]),
  passage('f49-prime-minister-death-05', ['curly_double', 'wire', 'organisation_speaker', 'unnamed_source'], [
    `TARAVO, Feb 11 (Meridian Wire) — Osvaldo Quintela, who served two terms as prime minister during the country's return to civilian rule, died on Tuesday at a hospital in the capital, his family said. He was 88.`,
    `“The nation bids farewell to a man who chose dialogue when it would have been easier to choose the gun,” the presidency said in a statement, declaring three days of national mourning.`,
    `The opposition Partido Cívico, which Quintela founded in 1979, said flags at its offices would fly at half-mast. “We lost our founder, but the country lost a referee,” the party said.`,
    `A government official, who spoke on condition of anonymity because funeral arrangements had not been announced, said the state funeral would likely be held on Saturday at the National Pantheon. “The family has asked for something simple, and that will be respected as far as possible,” the official said.`,
    `Quintela's son, Rodrigo Quintela, told local radio that his father had been reading newspapers until the last week. “He complained about the editorials to the end,” he said.`,
  ], [
    q(`The nation bids farewell to a man who chose dialogue when it would have been easier to choose the gun,`, 'the presidency'),
    q(`We lost our founder, but the country lost a referee,`, 'Partido Cívico'),
    q(`The family has asked for something simple, and that will be respected as far as possible,`, 'government official (unnamed)'),
    q(`He complained about the editorials to the end,`, 'Rodrigo Quintela'),
  ]),
  passage('f49-death-notice-06', ['no_quotes'], [
    `SANDOVAL, Marta Inés, 1941–2024. Retired pharmacist of Villa Corrales, peacefully at home on 14 March, surrounded by her family.`,
    `Beloved wife of the late Ernesto, mother of Julián, Beatriz and Tomás, grandmother of seven and great-grandmother of two. For thirty-eight years she ran the Farmacia Central on the square, where she was known for opening the shutter at any hour of the night for a sick child.`,
    `Funeral Mass at the parish church of San Roque on Monday at 11 a.m., followed by burial at the municipal cemetery. In lieu of flowers, donations may be made to the Villa Corrales volunteer fire brigade.`,
  ], []),
  passage('f49-village-teacher-07', ['straight_double', 'colon_cue', 'quote_only_paragraph', 'cue_verb_other', 'feature'], [
    `BHALUKOT — For fifty-one years, Shanti Maya Thapa walked the same two kilometres of mountain path to the one-room school above the village. She died on Monday, aged 84, and on Wednesday the path was lined with her former pupils.`,
    `Among them was Ramesh Adhikari, now the district's chief engineer. He said: "Every bridge I have built, I built because she made me do long division by lamplight."`,
    `"She kept a tin of sweets in her desk for anyone who could recite the rivers of the country in order. I never got one," he added. "Not once."`,
    `Her younger sister, Kamala Thapa, put it more bluntly:`,
    `"She was stubborn. She was stubborn with the education office, stubborn with the landlords, and stubborn with God. That is why the school is still standing."`,
    `The district education officer, Bikram Shrestha, said a new classroom block would carry her name. "It is the least we can do, and frankly it is late," he said.`,
  ], [
    q(`Every bridge I have built, I built because she made me do long division by lamplight.`, 'Ramesh Adhikari'),
    q(`She kept a tin of sweets in her desk for anyone who could recite the rivers of the country in order. I never got one,`, 'Ramesh Adhikari'),
    q(`Not once.`, 'Ramesh Adhikari'),
    q(`She was stubborn. She was stubborn with the education office, stubborn with the landlords, and stubborn with God. That is why the school is still standing.`, 'Kamala Thapa'),
    q(`It is the least we can do, and frankly it is late,`, 'Bikram Shrestha'),
  ]),
  passage('f49-pianist-transcript-08', ['curly_double', 'transcript', 'old_interview', 'non_quote_quotation_marks', 'quote_about_someone', 'hard'], [
    `PORT ALVAREZ — Lionel “Sugar” Baptiste, the pianist whose trio played the Blue Heron Lounge every Thursday for thirty-three years, died on Sunday. He was 86.`,
    `On Tuesday, the community station WKPA rebroadcast part of an interview Baptiste gave its host Marguerite Fontaine in 2006. An excerpt follows.`,
    `FONTAINE: Where did the name come from?`,
    `BAPTISTE: My mother. I was a fat baby. That's all there is to it, and I'm sorry it isn't more romantic.`,
    `FONTAINE: And your father? He played too.`,
    `BAPTISTE: Trombone, in the dock bands. Augustin Baptiste. He used to tell me, “Play it like you owe somebody money.” I still don't know exactly what he meant, but I've been doing it for sixty years.`,
    `Earl Thibodeaux, Baptiste's bassist for two decades, said the trio would play one last Thursday set at the Blue Heron with an empty piano bench. “We'll leave the lid up,” Thibodeaux said. “He always hated it when somebody closed the lid.”`,
  ], [
    q(`Play it like you owe somebody money.`, 'Augustin Baptiste'),
    q(`We'll leave the lid up,`, 'Earl Thibodeaux'),
    q(`He always hated it when somebody closed the lid.`, 'Earl Thibodeaux'),
  ]),
];
