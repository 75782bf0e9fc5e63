// The engine on real-world text: spelling, spacing, scripts, gluing, hard negatives. Each case lists the
// exact [surface, entity] pairs expected, so a case fails on a missing, extra, wrong-span or wrong-entity hit.
import { describe, expect, it } from 'vitest';
import { check } from './detect-cases';
import { findMentions } from '../../src/lib/detect';

describe('names and longest spans', () => {
  check([
    ['The Xiaomi SU7 Ultra set a lap record.', [['Xiaomi SU7 Ultra', 'su7-ultra']]],
    ['Xiaomi SU7 deliveries began in April.', [['Xiaomi SU7', 'su7']]],
    ['The SU7 Max and SU7 Pro trims sold out.', [['SU7 Max', 'su7'], ['SU7 Pro', 'su7']]],
    ['Xiaomi YU7 Max, the SUV.', [['Xiaomi YU7 Max', 'yu7']]],
    ['Xiaomi Auto opened a second plant.', [['Xiaomi Auto', 'xiaomi-ev']]],
    ['Xiaomi Auto SU7 orders', [['Xiaomi Auto SU7', 'su7']]],
    ['小米汽车SU7交付', [['小米汽车SU7', 'su7']]],
    ['The car was first known as Xiaomi Modena, codename MS11.', [['Xiaomi Modena', 'su7'], ['MS11', 'su7']]],
    ['The large SUV, codename Kunlun, is reported as Xiaomi YU9.', [['Kunlun', 'yu9'], ['Xiaomi YU9', 'yu9']]],
    ['Lei Jun called it the YU Seven at the car launch.', [['YU Seven', 'yu7']]],
    ['Xiaomi’s first EV was a sedan.', [['Xiaomi’s first EV', 'xiaomi-ev']]],
    ["Xiaomi's electric car business grew.", [["Xiaomi's electric car business", 'xiaomi-ev']]],
    ['the first vehicle of Xiaomi is a sedan', [['vehicle of Xiaomi', 'xiaomi-ev']]],
  ]);
});

describe('descriptive phrases in ten languages', () => {
  check([
    ['la première voiture électrique de Xiaomi arrive', [['la première voiture électrique de Xiaomi', 'xiaomi-ev']]],
    ['la voiture électrique de Xiaomi sera construite', [['voiture électrique de Xiaomi', 'xiaomi-ev']]],
    ['le premier VE de Xiaomi sort en 2024', [['le premier VE de Xiaomi', 'xiaomi-ev']]],
    ["Xiaomi's electric car is here", [["Xiaomi's electric car", 'xiaomi-ev']]],
    ['O primeiro carro da Xiaomi', [['carro da Xiaomi', 'xiaomi-ev']]],
    ['el coche eléctrico de Xiaomi llega a Europa', [['coche eléctrico de Xiaomi', 'xiaomi-ev']]],
    ['Xiaomis Elektroauto kommt', [['Xiaomis Elektroauto', 'xiaomi-ev']]],
    ['die Xiaomi-Limousine ist größer', [['Xiaomi-Limousine', 'xiaomi-ev']]],
    ['das Elektroauto von Xiaomi', [['Elektroauto von Xiaomi', 'xiaomi-ev']]],
    ["l'auto elettrica di Xiaomi è arrivata", [['auto elettrica di Xiaomi', 'xiaomi-ev']]],
    ['o carro elétrico da Xiaomi, o sedã SU7', [['carro elétrico da Xiaomi', 'xiaomi-ev'], ['SU7', 'su7']]],
    ['de elektrische SUV van Xiaomi', [['elektrische SUV van Xiaomi', 'xiaomi-ev']]],
    ['小米汽车和小米電動車,还有小米造车', [['小米汽车', 'xiaomi-ev'], ['小米電動車', 'xiaomi-ev'], ['小米造车', 'xiaomi-ev']]],
    ['小米汽車的首款車型', [['小米汽車', 'xiaomi-ev']]],
    ['シャオミのEVとシャオミ初のEV', [['シャオミのEV', 'xiaomi-ev'], ['シャオミ初のEV', 'xiaomi-ev']]],
    ['샤오미의 첫 전기차 SU7가 나왔다', [['샤오미의 첫 전기차', 'xiaomi-ev'], ['SU7', 'su7']]],
  ]);
});

describe('spelling, width, spacing and invisible characters', () => {
  check([
    ['XIAOMI SU7 ULTRA', [['XIAOMI SU7 ULTRA', 'su7-ultra']]],
    ['xiaomi su7', [['xiaomi su7', 'su7']]],
    ['小米ＳＵ７交付', [['小米ＳＵ７', 'su7']]],
    ['Ｘｉａｏｍｉ ＹＵ７', [['Ｘｉａｏｍｉ ＹＵ７', 'yu7']]],
    ['Xiaomi\u00a0SU7 launch', [['Xiaomi\u00a0SU7', 'su7']]],
    ['Xiaomi\u200bSU7 launch', [['Xiaomi\u200bSU7', 'su7']]],
    ['Xi\u00adaomi SU7 launch', [['Xi\u00adaomi SU7', 'su7']]],
    ['the Xiaomi\nSU7 launch', [['Xiaomi\nSU7', 'su7']]],
    ['the Xiaomi\r\n  SU7 launch', [['Xiaomi\r\n  SU7', 'su7']]],
    ['the Xiao-\nmi SU7 launch', [['Xiao-\nmi SU7', 'su7']]],
    ['la premiere voiture electrique de Xiaomi', [['la premiere voiture electrique de Xiaomi', 'xiaomi-ev']]],
    ['LA PREMIÈRE VOITURE DE XIAOMI', [['LA PREMIÈRE VOITURE DE XIAOMI', 'xiaomi-ev']]],
    ["Xiaomi's first EV", [["Xiaomi's first EV", 'xiaomi-ev']]],
    ['Xiaomi‘s first EV', [['Xiaomi‘s first EV', 'xiaomi-ev']]],
    ['Xiaomi SU7-Max with the car', [['Xiaomi SU7-Max', 'su7']]],
    ['the SU7Max car', [['SU7Max', 'su7']]],
    ['#XiaomiSU7 trending', [['XiaomiSU7', 'su7']]],
    ['#XiaomiSU7Ultra trending', [['XiaomiSU7Ultra', 'su7-ultra']]],
    ['Xiaomi SU 7 launch', [['Xiaomi SU 7', 'su7']]],
    ['シャオミ・SU7', [['シャオミ・SU7', 'su7']]],
    ['ｼｬｵﾐ SU7', [['ｼｬｵﾐ SU7', 'su7']]],
    ['emoji 🚗 before Xiaomi SU7 🚗 after', [['Xiaomi SU7', 'su7']]],
  ]);
});

describe('gluing to the next or previous word', () => {
  check([
    ['Xiaomi MS11the car leaked', [['Xiaomi MS11', 'su7']]],
    ['the car codenamed MS11the leak', [['MS11', 'su7']]],
    ['il prezzo dellaSU7 auto', [['SU7', 'su7']]],
    ['Xiaomi sold many YU7s, the SUV', [['YU7', 'yu7']]],
    ['à Xiaomi Automobileet seulement', [['Xiaomi Automobile', 'xiaomi-ev']]],
    ['the Xiaomi car got a YU7-based sibling', [['Xiaomi car', 'xiaomi-ev'], ['YU7', 'yu7']]],
    // Too short a last word to glue: "Auto" + "matic" is another word.
    ['Xiaomi Automatic mode', []],
    ['Xiaomi auto-brightness setting', []],
    // Part numbers: upper case or digits glued on either side.
    ['Xiaomi car part ABSU7 and SU7A1 and SU75 and MS11B', [['Xiaomi car', 'xiaomi-ev']]],
    ['the EV part 2SU7', []],
  ]);
});

describe('particles and suffixes stay outside', () => {
  check([
    ['샤오미 SU7는 인기 전기차', [['샤오미 SU7', 'su7']]],
    ['YU7의 판매량, 샤오미 전기차', [['YU7', 'yu7'], ['샤오미 전기차', 'xiaomi-ev']]],
    ['シャオミのSU7が発売された', [['SU7', 'su7']]],
    ['小米的SU7交付了', [['SU7', 'su7']]],
  ]);
});

describe('hard negatives', () => {
  check([
    ['The Xiaomi 15 Ultra is a great phone.', []],
    ['Xiaomi 14 Ultra review: the best Ultra camera', []],
    ['Redmi Note 13 and HyperOS 2 from Xiaomi', []],
    ['Xiaomi Mi Electric Scooter 3 review', []],
    ['Xiaomi robot vacuum cleaner', []],
    ['Xiaomi shares rose 5% after results; Lei Jun spoke at the phone launch.', []],
    ['Modena is an Italian city; Ferrari was born in Modena.', []],
    ['The Sukhoi Su-7 was a Soviet fighter-bomber.', []],
    ['The Sukhoi SU7 fighter aircraft', []],
    ['Microsoft Security Bulletin MS11-082 - Important', []],
    ['Microsoft security update MS11 for Windows', []],
    ['Xiaomi car charger with USB-C', []],
    ['小米车载充电器', []],
    ['The SU7 uses the Modena platform', [['SU7', 'su7']]],
    ['el patinete eléctrico de Xiaomi', []],
    ['il nuovo modello di Xiaomi è uno smartphone', []],
    ['Il secondo modello di Xiaomi è un SUV', [['modello di Xiaomi', 'xiaomi-ev']]],
    ['Baidu Kunlun chips for AI', []],
    ['the Kunlun mountains near Xiaomi test sites', []],
    ['小米粥很好喝', []],
    ['小米汽车的测试车出现在昆仑山', [['小米汽车', 'xiaomi-ev']]],
    ['Kunlun Tech and Xiaomi signed a deal', []],
  ]);
});

describe('bare model names need context', () => {
  check([
    // About Xiaomi or cars: counts.
    ['Xiaomi said the SU7 sold well.', [['SU7', 'su7']]],
    ['The SU7 is a sedan.', [['SU7', 'su7']]],
    ['La SU7 développe 673 chevaux.', [['SU7', 'su7']]],
    ['YU7の受注が好調', [['YU7', 'yu7']]],
    ['SU7 and YU7 compared', [['SU7', 'su7'], ['YU7', 'yu7']]],
    // Nothing about Xiaomi or cars: does not count.
    ['The SU7 was mentioned.', []],
    ['Room MS11 is on the first floor.', []],
    ['YU9 is a code.', []],
    // Context is a window: far away it does not help.
    [`Xiaomi. ${'Lorem ipsum dolor sit amet. '.repeat(30)}Then SU7 again.`, []],
    // Negative cues win.
    ['The Su-7 and the SU7 fighter jets of the Soviet air force had a car-like cockpit.', []],
  ]);
});
