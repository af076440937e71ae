// Every part of the own evaluation set, in the order they were written (see passages.ts and each
// part's header for what it is and which rounds tuned on it).
import type { GoldItem } from '../dev-metrics';
import { ownSetFresh } from './fresh';
import { ownSetFresh2 } from './fresh2';
import { ownSetFresh3 } from './fresh3';
import { ownSetFresh4 } from './fresh4';
import { ownSetFresh5 } from './fresh5';
import { ownSetFresh6 } from './fresh6';
import { ownSetFresh7 } from './fresh7';
import { ownSetFresh8 } from './fresh8';
import { ownSetFresh9 } from './fresh9';
import { ownSetFresh10 } from './fresh10';
import { ownSetFresh11 } from './fresh11';
import { ownSetFresh12 } from './fresh12';
import { ownSetFresh13 } from './fresh13';
import { ownSetFresh14 } from './fresh14';
import { ownSetFresh15 } from './fresh15';
import { ownSetFresh16 } from './fresh16';
import { ownSetFresh17 } from './fresh17';
import { ownSetFresh18 } from './fresh18';
import { ownSetFresh19 } from './fresh19';
import { ownSetFresh20 } from './fresh20';
import { ownSetFresh21 } from './fresh21';
import { ownSetFresh22 } from './fresh22';
import { ownSetFresh23 } from './fresh23';
import { ownSetFresh24 } from './fresh24';
import { ownSetFresh25 } from './fresh25';
import { ownSetFresh26 } from './fresh26';
import { ownSetFresh27 } from './fresh27';
import { ownSetFresh28 } from './fresh28';
import { ownSetFresh29 } from './fresh29';
import { ownSetFresh30 } from './fresh30';
import { ownSetFresh31 } from './fresh31';
import { ownSetFresh32 } from './fresh32';
import { ownSetFresh33 } from './fresh33';
import { ownSetFresh34 } from './fresh34';
import { ownSetFresh35 } from './fresh35';
import { ownSetFresh36 } from './fresh36';
import { ownSetFresh37 } from './fresh37';
import { ownSetFresh38 } from './fresh38';
import { ownSetFresh39 } from './fresh39';
import { ownSetFresh40 } from './fresh40';
import { ownSetFresh41 } from './fresh41';
import { ownSetFresh42 } from './fresh42';
import { ownSetFresh43 } from './fresh43';
import { ownSetFresh44 } from './fresh44';
import { ownSetFresh45 } from './fresh45';
import { ownSetFresh46 } from './fresh46';
import { ownSetFresh47 } from './fresh47';
import { ownSetFresh48 } from './fresh48';
import { ownSetFresh49 } from './fresh49';
import { ownSetFresh50 } from './fresh50';
import { ownSetFresh51 } from './fresh51';
import { ownSetFresh52 } from './fresh52';
import { ownSetFresh53 } from './fresh53';
import { ownSetFresh54 } from './fresh54';
import { ownSetFresh55 } from './fresh55';
import { ownSetFresh56 } from './fresh56';
import { ownSetFresh57 } from './fresh57';
import { ownSetFresh58 } from './fresh58';
import { ownSetFresh59 } from './fresh59';
import { ownSetFresh60 } from './fresh60';
import { ownSetFresh61 } from './fresh61';
import { ownSetFresh62 } from './fresh62';
import { ownSetFresh63 } from './fresh63';
import { ownSetFresh64 } from './fresh64';
import { ownSetFresh65 } from './fresh65';
import { ownSetFresh66 } from './fresh66';
import { ownSetFresh67 } from './fresh67';
import { ownSetFresh68 } from './fresh68';
import { ownSetFresh69 } from './fresh69';
import { ownSetFresh70 } from './fresh70';
import { ownSetFresh71 } from './fresh71';
import { ownSetFresh72 } from './fresh72';
import { ownSetFresh73 } from './fresh73';
import { ownSetFresh74 } from './fresh74';
import { ownSetFresh75 } from './fresh75';
import { ownSetFresh76 } from './fresh76';
import { ownSetFresh77 } from './fresh77';
import { ownSetFresh78 } from './fresh78';
import { ownSetFresh79 } from './fresh79';
import { ownSetFresh80 } from './fresh80';
import { ownSetFresh81 } from './fresh81';
import { ownSetFresh82 } from './fresh82';
import { ownSetFresh83 } from './fresh83';
import { ownSetFresh84 } from './fresh84';
import { ownSetFresh85 } from './fresh85';
import { ownSetFresh86 } from './fresh86';
import { ownSetFresh87 } from './fresh87';
import { ownSetFresh88 } from './fresh88';
import { ownSetFresh89 } from './fresh89';
import { ownSetFresh90 } from './fresh90';
import { ownSetFresh91 } from './fresh91';
import { ownSetFresh92 } from './fresh92';
import { ownSetFresh93 } from './fresh93';
import { ownSetFresh94 } from './fresh94';
import { ownSetFresh95 } from './fresh95';
import { ownSetFresh96 } from './fresh96';
import { ownSetFresh97 } from './fresh97';
import { ownSetFresh98 } from './fresh98';
import { ownSetFresh99 } from './fresh99';
import { ownSetFresh100 } from './fresh100';
import { ownSetFresh101 } from './fresh101';
import { ownSetFresh102 } from './fresh102';
import { ownSetFresh103 } from './fresh103';
import { ownSetFresh104 } from './fresh104';
import { ownSetFresh105 } from './fresh105';
import { ownSetFresh106 } from './fresh106';
import { ownSetFresh107 } from './fresh107';
import { ownSetFresh108 } from './fresh108';
import { ownSetFresh109 } from './fresh109';
import { ownSetFresh110 } from './fresh110';
import { ownSetFresh111 } from './fresh111';
import { ownSetFresh112 } from './fresh112';
import { ownSetFresh113 } from './fresh113';
import { ownSetFresh114 } from './fresh114';
import { ownSetFresh115 } from './fresh115';
import { ownSetFresh116 } from './fresh116';
import { ownSetFresh117 } from './fresh117';
import { ownSetFresh118 } from './fresh118';
import { ownSetFresh119 } from './fresh119';
import { ownSetFresh120 } from './fresh120';
import { ownSetFresh121 } from './fresh121';
import { ownSetFresh122 } from './fresh122';
import { ownSetFresh123 } from './fresh123';
import { ownSetFresh124 } from './fresh124';
import { ownSetFresh125 } from './fresh125';
import { ownSetFresh126 } from './fresh126';
import { ownSetFresh127 } from './fresh127';
import { ownSetFresh128 } from './fresh128';
import { ownSetFresh129 } from './fresh129';
import { ownSetFresh130 } from './fresh130';
import { ownSetFresh131 } from './fresh131';
import { ownSetFresh132 } from './fresh132';
import { ownSetFresh133 } from './fresh133';
import { ownSetFresh134 } from './fresh134';
import { ownSetFresh135 } from './fresh135';
import { ownSetFresh136 } from './fresh136';
import { ownSetFresh137 } from './fresh137';
import { ownSetFresh138 } from './fresh138';
import { ownSetFresh139 } from './fresh139';
import { ownSetFresh140 } from './fresh140';
import { ownSetFresh141 } from './fresh141';
import { ownSetFresh142 } from './fresh142';
import { ownSetFresh143 } from './fresh143';
import { ownSetFresh144 } from './fresh144';
import { ownSetFresh145 } from './fresh145';
import { ownSetFresh146 } from './fresh146';
import { ownSetFresh147 } from './fresh147';
import { ownSetFresh148 } from './fresh148';
import { ownSetFresh149 } from './fresh149';
import { ownSetFresh150 } from './fresh150';
import { ownSetFresh151 } from './fresh151';
import { ownSetFresh152 } from './fresh152';
import { ownSetFresh153 } from './fresh153';
import { ownSetFresh154 } from './fresh154';
import { ownSetFresh155 } from './fresh155';
import { ownSetFresh156 } from './fresh156';
import { ownSetFresh157 } from './fresh157';
import { ownSetFresh158 } from './fresh158';
import { ownSetFresh159 } from './fresh159';
import { ownSetFresh160 } from './fresh160';
import { ownSetFresh161 } from './fresh161';
import { ownSetFresh162 } from './fresh162';
import { ownSetFresh163 } from './fresh163';
import { ownSetFresh164 } from './fresh164';
import { ownSetFresh165 } from './fresh165';
import { ownSetFresh166 } from './fresh166';
import { ownSetFresh167 } from './fresh167';
import { ownSetFresh168 } from './fresh168';
import { ownSetFresh169 } from './fresh169';
import { ownSetFresh170 } from './fresh170';
import { ownSetFresh171 } from './fresh171';
import { ownSetFresh172 } from './fresh172';
import { ownSetFresh173 } from './fresh173';
import { ownSetFresh174 } from './fresh174';
import { ownSetFresh175 } from './fresh175';
import { ownSetFresh176 } from './fresh176';
import { ownSetFresh177 } from './fresh177';
import { ownSetFresh178 } from './fresh178';
import { ownSetFresh179 } from './fresh179';
import { ownSetFresh180 } from './fresh180';
import { ownSetFresh181 } from './fresh181';
import { ownSetFresh182 } from './fresh182';
import { ownSetFresh183 } from './fresh183';
import { ownSetFresh184 } from './fresh184';
import { ownSetFresh185 } from './fresh185';
import { ownSetFresh186 } from './fresh186';
import { ownSetFresh187 } from './fresh187';
import { ownSetFresh188 } from './fresh188';
import { ownSetFresh189 } from './fresh189';
import { ownSetFresh190 } from './fresh190';
import { ownSetFresh191 } from './fresh191';
import { ownSetFresh192 } from './fresh192';
import { ownSetFresh193 } from './fresh193';
import { ownSetFresh194 } from './fresh194';
import { ownSetFresh195 } from './fresh195';
import { ownSetFresh196 } from './fresh196';
import { ownSetFresh197 } from './fresh197';
import { ownSetFresh198 } from './fresh198';
import { ownSetFresh199 } from './fresh199';
import { ownSetFresh200 } from './fresh200';
import { ownSetFresh201 } from './fresh201';
import { ownSetFresh202 } from './fresh202';
import { ownSetFresh203 } from './fresh203';
import { ownSetFresh204 } from './fresh204';
import { ownSetFresh205 } from './fresh205';
import { ownSetFresh206 } from './fresh206';
import { ownSetFresh207 } from './fresh207';
import { ownSetFresh208 } from './fresh208';
import { ownSetFresh209 } from './fresh209';
import { ownSetFresh210 } from './fresh210';
import { ownSetFresh211 } from './fresh211';
import { ownSetFresh212 } from './fresh212';
import { ownSetFresh213 } from './fresh213';
import { ownSetFresh214 } from './fresh214';
import { ownSetFresh215 } from './fresh215';
import { ownSetFresh216 } from './fresh216';
import { ownSetFresh217 } from './fresh217';
import { ownSetFresh218 } from './fresh218';
import { ownSetFresh219 } from './fresh219';
import { ownSetFresh220 } from './fresh220';
import { ownSetFresh221 } from './fresh221';
import { ownSetFresh222 } from './fresh222';
import { ownSetFresh223 } from './fresh223';
import { ownSetFresh224 } from './fresh224';
import { ownSetFresh225 } from './fresh225';
import { ownSetFresh226 } from './fresh226';
import { ownSetFresh227 } from './fresh227';
import { ownSetFresh228 } from './fresh228';
import { ownSetFresh229 } from './fresh229';
import { ownSetFresh230 } from './fresh230';
import { ownSetFresh231 } from './fresh231';
import { ownSetFresh232 } from './fresh232';
import { ownSetFresh233 } from './fresh233';
import { ownSetFresh234 } from './fresh234';
import { ownSetFresh235 } from './fresh235';
import { ownSetFresh236 } from './fresh236';
import { ownSetFresh237 } from './fresh237';
import { ownSetFresh238 } from './fresh238';
import { ownSetFresh239 } from './fresh239';
import { ownSetFresh240 } from './fresh240';
import { ownSetFresh241 } from './fresh241';
import { ownSetFresh242 } from './fresh242';
import { ownSetFresh243 } from './fresh243';
import { ownSetFresh244 } from './fresh244';
import { ownSetFresh245 } from './fresh245';
import { ownSetFresh246 } from './fresh246';
import { ownSetFresh247 } from './fresh247';
import { ownSetFresh248 } from './fresh248';
import { ownSetFresh249 } from './fresh249';
import { ownSetFresh250 } from './fresh250';
import { ownSetFresh251 } from './fresh251';
import { ownSetFresh252 } from './fresh252';
import { ownSetFresh253 } from './fresh253';
import { ownSetFresh254 } from './fresh254';
import { ownSetFresh255 } from './fresh255';
import { ownSetFresh256 } from './fresh256';
import { ownSetFresh257 } from './fresh257';
import { ownSetFresh258 } from './fresh258';
import { ownSetFresh259 } from './fresh259';
import { ownSetFresh260 } from './fresh260';
import { ownSetFresh261 } from './fresh261';
import { ownSetFresh262 } from './fresh262';
import { ownSetFresh263 } from './fresh263';
import { ownSet } from './passages';

/** The parts by name: `first` (passages.ts), `fresh` (fresh.ts), `fresh2` … `fresh263`. */
export const ownSetParts = {
  first: ownSet,
  fresh: ownSetFresh,
  fresh2: ownSetFresh2,
  fresh3: ownSetFresh3,
  fresh4: ownSetFresh4,
  fresh5: ownSetFresh5,
  fresh6: ownSetFresh6,
  fresh7: ownSetFresh7,
  fresh8: ownSetFresh8,
  fresh9: ownSetFresh9,
  fresh10: ownSetFresh10,
  fresh11: ownSetFresh11,
  fresh12: ownSetFresh12,
  fresh13: ownSetFresh13,
  fresh14: ownSetFresh14,
  fresh15: ownSetFresh15,
  fresh16: ownSetFresh16,
  fresh17: ownSetFresh17,
  fresh18: ownSetFresh18,
  fresh19: ownSetFresh19,
  fresh20: ownSetFresh20,
  fresh21: ownSetFresh21,
  fresh22: ownSetFresh22,
  fresh23: ownSetFresh23,
  fresh24: ownSetFresh24,
  fresh25: ownSetFresh25,
  fresh26: ownSetFresh26,
  fresh27: ownSetFresh27,
  fresh28: ownSetFresh28,
  fresh29: ownSetFresh29,
  fresh30: ownSetFresh30,
  fresh31: ownSetFresh31,
  fresh32: ownSetFresh32,
  fresh33: ownSetFresh33,
  fresh34: ownSetFresh34,
  fresh35: ownSetFresh35,
  fresh36: ownSetFresh36,
  fresh37: ownSetFresh37,
  fresh38: ownSetFresh38,
  fresh39: ownSetFresh39,
  fresh40: ownSetFresh40,
  fresh41: ownSetFresh41,
  fresh42: ownSetFresh42,
  fresh43: ownSetFresh43,
  fresh44: ownSetFresh44,
  fresh45: ownSetFresh45,
  fresh46: ownSetFresh46,
  fresh47: ownSetFresh47,
  fresh48: ownSetFresh48,
  fresh49: ownSetFresh49,
  fresh50: ownSetFresh50,
  fresh51: ownSetFresh51,
  fresh52: ownSetFresh52,
  fresh53: ownSetFresh53,
  fresh54: ownSetFresh54,
  fresh55: ownSetFresh55,
  fresh56: ownSetFresh56,
  fresh57: ownSetFresh57,
  fresh58: ownSetFresh58,
  fresh59: ownSetFresh59,
  fresh60: ownSetFresh60,
  fresh61: ownSetFresh61,
  fresh62: ownSetFresh62,
  fresh63: ownSetFresh63,
  fresh64: ownSetFresh64,
  fresh65: ownSetFresh65,
  fresh66: ownSetFresh66,
  fresh67: ownSetFresh67,
  fresh68: ownSetFresh68,
  fresh69: ownSetFresh69,
  fresh70: ownSetFresh70,
  fresh71: ownSetFresh71,
  fresh72: ownSetFresh72,
  fresh73: ownSetFresh73,
  fresh74: ownSetFresh74,
  fresh75: ownSetFresh75,
  fresh76: ownSetFresh76,
  fresh77: ownSetFresh77,
  fresh78: ownSetFresh78,
  fresh79: ownSetFresh79,
  fresh80: ownSetFresh80,
  fresh81: ownSetFresh81,
  fresh82: ownSetFresh82,
  fresh83: ownSetFresh83,
  fresh84: ownSetFresh84,
  fresh85: ownSetFresh85,
  fresh86: ownSetFresh86,
  fresh87: ownSetFresh87,
  fresh88: ownSetFresh88,
  fresh89: ownSetFresh89,
  fresh90: ownSetFresh90,
  fresh91: ownSetFresh91,
  fresh92: ownSetFresh92,
  fresh93: ownSetFresh93,
  fresh94: ownSetFresh94,
  fresh95: ownSetFresh95,
  fresh96: ownSetFresh96,
  fresh97: ownSetFresh97,
  fresh98: ownSetFresh98,
  fresh99: ownSetFresh99,
  fresh100: ownSetFresh100,
  fresh101: ownSetFresh101,
  fresh102: ownSetFresh102,
  fresh103: ownSetFresh103,
  fresh104: ownSetFresh104,
  fresh105: ownSetFresh105,
  fresh106: ownSetFresh106,
  fresh107: ownSetFresh107,
  fresh108: ownSetFresh108,
  fresh109: ownSetFresh109,
  fresh110: ownSetFresh110,
  fresh111: ownSetFresh111,
  fresh112: ownSetFresh112,
  fresh113: ownSetFresh113,
  fresh114: ownSetFresh114,
  fresh115: ownSetFresh115,
  fresh116: ownSetFresh116,
  fresh117: ownSetFresh117,
  fresh118: ownSetFresh118,
  fresh119: ownSetFresh119,
  fresh120: ownSetFresh120,
  fresh121: ownSetFresh121,
  fresh122: ownSetFresh122,
  fresh123: ownSetFresh123,
  fresh124: ownSetFresh124,
  fresh125: ownSetFresh125,
  fresh126: ownSetFresh126,
  fresh127: ownSetFresh127,
  fresh128: ownSetFresh128,
  fresh129: ownSetFresh129,
  fresh130: ownSetFresh130,
  fresh131: ownSetFresh131,
  fresh132: ownSetFresh132,
  fresh133: ownSetFresh133,
  fresh134: ownSetFresh134,
  fresh135: ownSetFresh135,
  fresh136: ownSetFresh136,
  fresh137: ownSetFresh137,
  fresh138: ownSetFresh138,
  fresh139: ownSetFresh139,
  fresh140: ownSetFresh140,
  fresh141: ownSetFresh141,
  fresh142: ownSetFresh142,
  fresh143: ownSetFresh143,
  fresh144: ownSetFresh144,
  fresh145: ownSetFresh145,
  fresh146: ownSetFresh146,
  fresh147: ownSetFresh147,
  fresh148: ownSetFresh148,
  fresh149: ownSetFresh149,
  fresh150: ownSetFresh150,
  fresh151: ownSetFresh151,
  fresh152: ownSetFresh152,
  fresh153: ownSetFresh153,
  fresh154: ownSetFresh154,
  fresh155: ownSetFresh155,
  fresh156: ownSetFresh156,
  fresh157: ownSetFresh157,
  fresh158: ownSetFresh158,
  fresh159: ownSetFresh159,
  fresh160: ownSetFresh160,
  fresh161: ownSetFresh161,
  fresh162: ownSetFresh162,
  fresh163: ownSetFresh163,
  fresh164: ownSetFresh164,
  fresh165: ownSetFresh165,
  fresh166: ownSetFresh166,
  fresh167: ownSetFresh167,
  fresh168: ownSetFresh168,
  fresh169: ownSetFresh169,
  fresh170: ownSetFresh170,
  fresh171: ownSetFresh171,
  fresh172: ownSetFresh172,
  fresh173: ownSetFresh173,
  fresh174: ownSetFresh174,
  fresh175: ownSetFresh175,
  fresh176: ownSetFresh176,
  fresh177: ownSetFresh177,
  fresh178: ownSetFresh178,
  fresh179: ownSetFresh179,
  fresh180: ownSetFresh180,
  fresh181: ownSetFresh181,
  fresh182: ownSetFresh182,
  fresh183: ownSetFresh183,
  fresh184: ownSetFresh184,
  fresh185: ownSetFresh185,
  fresh186: ownSetFresh186,
  fresh187: ownSetFresh187,
  fresh188: ownSetFresh188,
  fresh189: ownSetFresh189,
  fresh190: ownSetFresh190,
  fresh191: ownSetFresh191,
  fresh192: ownSetFresh192,
  fresh193: ownSetFresh193,
  fresh194: ownSetFresh194,
  fresh195: ownSetFresh195,
  fresh196: ownSetFresh196,
  fresh197: ownSetFresh197,
  fresh198: ownSetFresh198,
  fresh199: ownSetFresh199,
  fresh200: ownSetFresh200,
  fresh201: ownSetFresh201,
  fresh202: ownSetFresh202,
  fresh203: ownSetFresh203,
  fresh204: ownSetFresh204,
  fresh205: ownSetFresh205,
  fresh206: ownSetFresh206,
  fresh207: ownSetFresh207,
  fresh208: ownSetFresh208,
  fresh209: ownSetFresh209,
  fresh210: ownSetFresh210,
  fresh211: ownSetFresh211,
  fresh212: ownSetFresh212,
  fresh213: ownSetFresh213,
  fresh214: ownSetFresh214,
  fresh215: ownSetFresh215,
  fresh216: ownSetFresh216,
  fresh217: ownSetFresh217,
  fresh218: ownSetFresh218,
  fresh219: ownSetFresh219,
  fresh220: ownSetFresh220,
  fresh221: ownSetFresh221,
  fresh222: ownSetFresh222,
  fresh223: ownSetFresh223,
  fresh224: ownSetFresh224,
  fresh225: ownSetFresh225,
  fresh226: ownSetFresh226,
  fresh227: ownSetFresh227,
  fresh228: ownSetFresh228,
  fresh229: ownSetFresh229,
  fresh230: ownSetFresh230,
  fresh231: ownSetFresh231,
  fresh232: ownSetFresh232,
  fresh233: ownSetFresh233,
  fresh234: ownSetFresh234,
  fresh235: ownSetFresh235,
  fresh236: ownSetFresh236,
  fresh237: ownSetFresh237,
  fresh238: ownSetFresh238,
  fresh239: ownSetFresh239,
  fresh240: ownSetFresh240,
  fresh241: ownSetFresh241,
  fresh242: ownSetFresh242,
  fresh243: ownSetFresh243,
  fresh244: ownSetFresh244,
  fresh245: ownSetFresh245,
  fresh246: ownSetFresh246,
  fresh247: ownSetFresh247,
  fresh248: ownSetFresh248,
  fresh249: ownSetFresh249,
  fresh250: ownSetFresh250,
  fresh251: ownSetFresh251,
  fresh252: ownSetFresh252,
  fresh253: ownSetFresh253,
  fresh254: ownSetFresh254,
  fresh255: ownSetFresh255,
  fresh256: ownSetFresh256,
  fresh257: ownSetFresh257,
  fresh258: ownSetFresh258,
  fresh259: ownSetFresh259,
  fresh260: ownSetFresh260,
  fresh261: ownSetFresh261,
  fresh262: ownSetFresh262,
  fresh263: ownSetFresh263,
} satisfies Record<string, GoldItem[]>;

export type OwnSetPart = keyof typeof ownSetParts;

/** All the parts' passages, first part first. */
export const ownSetAll: GoldItem[] = Object.values(ownSetParts).flat();
