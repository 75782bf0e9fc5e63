// Generalisation: productive descriptive phrases in each language, model precedence, spaced variants, driving
// vocabulary as context, and the optional extra context of findMentions(text, { context }). Each case lists the
// exact [surface, entity] pairs expected (missing, extra, wrong-span and wrong-entity hits all fail).
// The sentences are written for these tests (not corpus passages), each on both sides of a rule where it has two.
import { describe, expect, it } from 'vitest';
import { check } from './detect-cases';
import { anchorSource } from '../../src/detect/anchors';
import { compileMatcher } from '../../src/detect/matcher';
import { findMentions, mayContain } from '../../src/lib/detect';
import { LEXICON } from '../../src/data/lexicon';

describe('descriptive phrases are productive: plurals, adjectives, agents, noun + brand', () => {
  check([
    // English
    ['New Xiaomi vehicles appeared in Beijing.', [['Xiaomi vehicles', 'xiaomi-ev']]],
    ['A Xiaomi sedan was spotted.', [['Xiaomi sedan', 'xiaomi-ev']]],
    ["Xiaomi's second electric SUV arrives.", [["Xiaomi's second electric SUV", 'xiaomi-ev']]],
    ['the next cars built by Xiaomi', [['cars built by Xiaomi', 'xiaomi-ev']]],
    // German: plurals, prefixed compounds, possessive with an adjective
    ['Die Elektrofahrzeuge von Xiaomi sind gefragt.', [['Elektrofahrzeuge von Xiaomi', 'xiaomi-ev']]],
    ['das Premium-SUV von Xiaomi', [['Premium-SUV von Xiaomi', 'xiaomi-ev']]],
    ['Xiaomis neue E-Autos kommen.', [['Xiaomis neue E-Autos', 'xiaomi-ev']]],
    ['Die Xiaomi Autos fahren schon.', [['Xiaomi Autos', 'xiaomi-ev']]],
    ['Limousinen von Xiaomi', [['Limousinen von Xiaomi', 'xiaomi-ev']]],
    // Dutch possessive and plural
    ['Xiaomi’s eerste elektrische auto rijdt.', [['Xiaomi’s eerste elektrische auto', 'xiaomi-ev']]],
    ["de auto's van Xiaomi", [["auto's van Xiaomi", 'xiaomi-ev']]],
    // French
    ['la voiture fabriquée par Xiaomi', [['voiture fabriquée par Xiaomi', 'xiaomi-ev']]],
    ['les voitures électriques de Xiaomi', [['voitures électriques de Xiaomi', 'xiaomi-ev']]],
    ['une voiture Xiaomi dans la rue', [['voiture Xiaomi', 'xiaomi-ev']]],
    // Spanish and Portuguese
    ['un coche fabricado por Xiaomi', [['coche fabricado por Xiaomi', 'xiaomi-ev']]],
    ['los vehículos eléctricos de Xiaomi', [['vehículos eléctricos de Xiaomi', 'xiaomi-ev']]],
    ['os automóveis da Xiaomi', [['automóveis da Xiaomi', 'xiaomi-ev']]],
    ['o carro produzido pela Xiaomi', [['carro produzido pela Xiaomi', 'xiaomi-ev']]],
    // Italian: an adjective between the noun and "di Xiaomi", plural nouns, noun + brand
    ["L'EV inaugurale di Xiaomi", [['EV inaugurale di Xiaomi', 'xiaomi-ev']]],
    ['le vetture elettriche di Xiaomi', [['vetture elettriche di Xiaomi', 'xiaomi-ev']]],
    ["l'auto Xiaomi in strada", [['auto Xiaomi', 'xiaomi-ev']]],
    // Japanese, Korean, Chinese: brand + particle? + first? + car noun
    ['シャオミの車が走る', [['シャオミの車', 'xiaomi-ev']]],
    ['シャオミ車の販売', [['シャオミ車', 'xiaomi-ev']]],
    ['シャオミ初のSUVが登場', [['シャオミ初のSUV', 'xiaomi-ev']]],
    ['シャオミの新型セダン', [['シャオミの新型セダン', 'xiaomi-ev']]],
    ['샤오미 EV와 샤오미EV', [['샤오미 EV', 'xiaomi-ev'], ['샤오미EV', 'xiaomi-ev']]],
    ['샤오미의 첫 SUV 출시', [['샤오미의 첫 SUV', 'xiaomi-ev']]],
    ['小米首款SUV上市', [['小米首款SUV', 'xiaomi-ev']]],
    ['小米轿车很快', [['小米轿车', 'xiaomi-ev']]],
  ]);
});

describe('descriptive phrases keep their precision', () => {
  check([
    // Italian "e" is "and": "Xiaomi e auto" is not a compound.
    ['Tra smartphone Xiaomi e auto elettriche cinesi, la scelta è ampia.', []],
    // A German plural ending does not make English words ("care") car nouns.
    ["Xiaomi's care for users is legendary, says the phone review.", []],
    ['Xiaomi Car app update brings new widgets.', []],
    ['la trottinette électrique Xiaomi Pro 2', []],
    ['シャオミの車載充電器レビュー', []],
    // "Model(l)/modello/모델/モデル" alone may be a phone: only near car words and away from phone words.
    ['Das neue Modell von Xiaomi ist ein Smartphone mit Leica-Kamera.', []],
    ['Das zweite Modell von Xiaomi ist ein SUV.', [['Modell von Xiaomi', 'xiaomi-ev']]],
    ['샤오미의 첫 모델은 스마트폰이었다.', []],
    ['샤오미의 첫 모델 SU7은 전기차다.', [['샤오미의 첫 모델', 'xiaomi-ev'], ['SU7', 'su7']]],
    ['シャオミ初のモデルはスマホだった', []],
  ]);
});

describe('model precedence: a branded model name inside a descriptive phrase wins', () => {
  check([
    ['un coche eléctrico Xiaomi SU7 se incendió', [['Xiaomi SU7', 'su7']]],
    ['la berline électrique Xiaomi SU7, premier modèle', [['Xiaomi SU7', 'su7']]],
    ["L'auto elettrica Xiaomi SU7 Ultra stabilisce un record", [['Xiaomi SU7 Ultra', 'su7-ultra']]],
    ['das Elektroauto von Xiaomi YU7 Max', [['Xiaomi YU7 Max', 'yu7']]],
    // CJK brand + car noun compounds are brands: the whole attached compound is inside.
    ['新一代小米電動車SU7預計上市', [['小米電動車SU7', 'su7']]],
    ['小米电动车YU7交付', [['小米电动车YU7', 'yu7']]],
    // A possessive or a following model is not an attachment: both stay.
    ["Xiaomi's first EV, the SU7, sold well.", [["Xiaomi's first EV", 'xiaomi-ev'], ['SU7', 'su7']]],
    ['el coche eléctrico Xiaomi no llega', [['coche eléctrico Xiaomi', 'xiaomi-ev']]],
    // The typo "Xioami" is a brand like "Xiaomi".
    ['el Xioami SU7 Ultra monta un alerón', [['Xioami SU7 Ultra', 'su7-ultra']]],
  ]);
});

describe('spaced and dashed variants: branded or near Xiaomi or a model name', () => {
  check([
    ['namen als de SU7, SU 7 Max en SU7 Pro', [['SU7', 'su7'], ['SU 7 Max', 'su7'], ['SU7 Pro', 'su7']]],
    ['Xiaomi SU-7 Ultra on track', [['Xiaomi SU-7 Ultra', 'su7-ultra']]],
    ['Xiaomi presented the YU 7 Pro.', [['YU 7 Pro', 'yu7']]],
    ['雷军公布了读法:Y — U — 7。小米汽车', [['Y — U — 7', 'yu7'], ['小米汽车', 'xiaomi-ev']]],
    // The jet: car words alone ("km/h") do not vouch for a dashed name.
    ['The Su-7 max speed was 1,150 km/h at altitude.', []],
    ['su 7ª edición con Xiaomi como patrocinador', []],
  ]);
  it('a bare spaced name with a trim passes the pre-check, a bare "su 7" does not', () => {
    expect(mayContain('the SU 7 Max')).toBe(true);
    expect(mayContain('el Su-7 y su 7.ª edición')).toBe(false);
  });
});

describe('driving vocabulary counts as car context for bare model names', () => {
  check([
    ['NOAを作動させて高速道路を走行していたSU7が激突した。', [['SU7', 'su7']]],
    ['Op de Duitse Autobahn reed een SU7.', [['SU7', 'su7']]],
    ['新一代 SU7 的安全氣囊由 7 個提升至 9 個。', [['SU7', 'su7']]],
    ['il suo modello SU7 è in grado di sorpassare in autostrada', [['SU7', 'su7']]],
    ['der SU7 auf der Autobahn', [['SU7', 'su7']]],
    ['le premier SU7 et ses variantes Pro ou Max', [['SU7', 'su7']]],
    ['YU7 고속도로 주행', [['YU7', 'yu7']]],
    // Negative cues still win over the new words.
    ['Der Suchoi SU7 Jagdbomber flog über die Autobahn.', []],
    ['Windows 7 Pro users: Microsoft MS11 bulletin, install now.', []],
  ]);
});

describe('findMentions(text, { context }): extra page text for the context rule only', () => {
  const sentence = 'Non è la prima volta che la SU7 finisce al centro di polemiche.';
  it('one argument: the text alone decides (a bare name without cues does not count)', () => {
    expect(findMentions(sentence)).toEqual([]);
    expect(findMentions(sentence, {})).toEqual([]);
    expect(findMentions(sentence, { context: '' })).toEqual([]);
  });
  it('a title about Xiaomi or cars vouches for a bare name whose own window has no cue', () => {
    const found = findMentions(sentence, { context: 'Xiaomi, nuovo richiamo: il caso della berlina elettrica' });
    expect(found.map((m) => [m.surface, m.entity])).toEqual([['SU7', 'su7']]);
    expect(sentence.slice(found[0]?.start, found[0]?.end)).toBe('SU7');
  });
  it('the extra context is never searched for mentions and never vetoes a name that counts on its own', () => {
    expect(findMentions('Nothing here.', { context: 'Xiaomi SU7 Ultra' })).toEqual([]);
    const own = findMentions('Xiaomi SU7 sold well.', { context: 'Sukhoi Su-7 fighter jet' });
    expect(own.map((m) => m.surface)).toEqual(['Xiaomi SU7']);
  });
  it('a negative cue in the extra context, or any cue in the own window, keeps the own window in charge', () => {
    expect(findMentions('The SU7 was mentioned.', { context: 'Sukhoi Su-7 at the car museum' })).toEqual([]);
    // The own window names the jet: a car title does not override it.
    expect(findMentions('The Sukhoi SU7 flew.', { context: 'Xiaomi car news' })).toEqual([]);
    // The own window has a positive cue: counts with or without context.
    expect(findMentions('The SU7 is a sedan.', { context: 'Sukhoi fighter' }).map((m) => m.surface)).toEqual(['SU7']);
  });
  it('a matcher compiled from the lexicon behaves the same', () => {
    const m = compileMatcher(LEXICON);
    expect(m.findMentions(sentence)).toEqual([]);
    expect(m.findMentions(sentence, { context: 'auto elettrica' }).map((x) => x.surface)).toEqual(['SU7']);
  });
});

describe('anchor pre-check is one prefix-factored alternation', () => {
  it('finds every anchor, including one that extends another', () => {
    const re = new RegExp(anchorSource(['su7', 'su 7 pro', 'xiaomi', 'xioami', '小米']));
    for (const t of ['SU7', 'Su 7 Pro', 'su-7-pro', 'XIAOMI', 'xioami', '小米']) expect(re.test(t), t).toBe(true);
    for (const t of ['su 7', 'xiao', '小']) expect(re.test(t), t).toBe(false);
  });
});
