import { inPlainWords } from '../../src/review/rewrite/plain-words';
import { reviewDraft } from '../../src/review';

describe("an office's words in plain ones", () => {
  it.each([
    [
      'Ashbourne Vale District Council is pleased to announce the implementation of a revised collection model.',
      'Ashbourne Vale District Council is introducing a revised collection model.',
    ],
    [
      'Westbridge Borough Council is pleased to announce the commencement of a programme of resurfacing works.',
      'Westbridge Borough Council is starting a programme of resurfacing works.',
    ],
    ['BFMA today announced the launch of Project Ascend.', 'BFMA today launched Project Ascend.'],
    ['Works will commence on Monday 7 April.', 'Works will start on Monday 7 April.'],
    ['With effect from 1 May, the office closes at 4pm.', 'From 1 May, the office closes at 4pm.'],
    ['Collection days are subject to change.', 'Collection days may change.'],
    [
      'Residents are advised to consult the updated collection calendar at ashbournevale.gov.uk/bins.',
      'Residents may want to check the updated collection calendar at ashbournevale.gov.uk/bins.',
    ],
    ['Residents are advised that collection days may change.', 'Collection days may change.'],
    ['Members are invited to vote on the new constitution.', 'Members can vote on the new constitution.'],
    [
      'All residents are kindly requested to remove their bikes from the stairwell.',
      'Please remove your bikes from the stairwell.',
    ],
    ['Patients are requested to arrive 10 minutes early.', 'Please arrive 10 minutes early.'],
    [
      'Darren brings a wealth of experience and a proven track record of success.',
      'Darren brings a lot of experience.',
    ],
    [
      'We are realigning our org structure to better use cross-functional synergies and drive operational excellence.',
      'We are realigning our org structure to better use cross-functional synergies.',
    ],
    [
      'You are cordially invited to attend the Clearpath Analytics Executive Roundtable.',
      "You're invited to the Clearpath Analytics Executive Roundtable.",
    ],
    [
      'Kindly RSVP by 13 June to events@clearpath.example.',
      'Please RSVP by 13 June to events@clearpath.example.',
    ],
    ['Further information regarding schedules is online.', 'Further information about schedules is online.'],
    [
      'Residents are reminded that side waste will not be collected under any circumstances and that late bins will not be emptied.',
      'Side waste will not be collected and late bins will not be emptied.',
    ],
    ['Outside food and drink is strictly prohibited.', 'Outside food and drink is prohibited.'],
    [
      'The deadline applies to every department without exception.',
      'The deadline applies to every department.',
    ],
    ['This applies without exception.', 'This applies without exception.'],
    [
      'Under no circumstances should you share your PIN.',
      'Under no circumstances should you share your PIN.',
    ],
    ['We are looking for 10x engineers and two A-players.', 'We are looking for engineers and two people.'],
    ['Are you a full-stack ninja?', 'Are you a full-stack developer?'],
  ])('"%s"', (sentence, plain) => {
    expect(inPlainWords(sentence, 'en')).toBe(plain);
  });

  it('says a French launch with its verb, whatever the article after it', () => {
    expect(inPlainWords("La Ville a le plaisir d'annoncer le lancement de sa démarche.", 'fr')).toBe(
      'La Ville lance sa démarche.',
    );
    expect(inPlainWords('Le club est fier d’annoncer le lancement du festival « Été 2025 ».', 'fr')).toBe(
      'Le club lance le festival « Été 2025 ».',
    );
  });

  it('tells the news of an Italian, Portuguese or Spanish release without who is pleased', () => {
    expect(inPlainWords('Il Gruppo è lieto di annunciare il perfezionamento dell’acquisizione.', 'it')).toBe(
      'Il Gruppo annuncia il perfezionamento dell’acquisizione.',
    );
    expect(
      inPlainWords("Il Gruppo annuncia con grande entusiasmo l'acquisizione di Dolce Valle.", 'it'),
    ).toBe("Il Gruppo annuncia l'acquisizione di Dolce Valle.");
    expect(
      inPlainWords(
        'O Banco tem o prazer de anunciar o lançamento da aplicação Índico+, uma solução de vanguarda.',
        'pt',
      ),
    ).toBe('O Banco lança a aplicação Índico+, uma solução.');
    expect(inPlainWords('um evento inovador e disruptivo', 'pt')).toBe('um evento inovador e disruptivo');
    expect(inPlainWords('a solução mais completa e inovadora do mercado', 'pt')).toBe(
      'a solução mais completa e inovadora do mercado',
    );
    expect(inPlainWords('Grupo Alba se complace en anunciar la apertura de su tienda.', 'es')).toBe(
      'Grupo Alba anuncia la apertura de su tienda.',
    );
    expect(
      inPlainWords(
        'Desde Grupo Innovalia nos enorgullece anunciar la apertura de nuestra sede, referente indiscutible del mercado. Seguimos creciendo a un ritmo imparable.',
        'es',
      ),
    ).toBe(
      'Desde Grupo Innovalia anunciamos la apertura de nuestra sede, referente del mercado. Seguimos creciendo.',
    );
    expect(
      inPlainWords('Le Groupe Assurvia a le plaisir de vous annoncer la fusion de ses entités.', 'fr'),
    ).toBe('Le Groupe Assurvia annonce la fusion de ses entités.');
    expect(inPlainWords("Nous sommes fiers de vous annoncer l'ouverture de notre atelier.", 'fr')).toBe(
      "Nous annonçons l'ouverture de notre atelier.",
    );
    expect(inPlainWords('Temos o prazer de anunciar a abertura da loja.', 'pt')).toBe(
      'Anunciamos a abertura da loja.',
    );
  });

  it('has a French notice speak to its reader', () => {
    expect(
      inPlainWords(
        "La Société informe son aimable clientèle qu'une coupure est programmée le 17 juin.",
        'fr',
      ),
    ).toBe("La Société vous informe qu'une coupure est programmée le 17 juin.");
    expect(inPlainWords('La Direction remercie sa clientèle pour sa compréhension.', 'fr')).toBe(
      'La Direction vous remercie de votre compréhension.',
    );
  });

  it("says a Dutch or German office's phrases in the words people use", () => {
    expect(
      inPlainWords('Naar aanleiding hiervan delen wij u mede dat er derhalve geen aanleiding is.', 'nl'),
    ).toBe('Naar aanleiding hiervan laten wij u weten dat er daarom geen aanleiding is.');
    expect(inPlainWords('Wij hebben uw klacht in goede orde ontvangen.', 'nl')).toBe(
      'Wij hebben uw klacht ontvangen.',
    );
    expect(inPlainWords('Wir teilen Ihnen hiermit mit, dass die Filiale schließt.', 'de')).toBe(
      'Wir möchten Ihnen sagen, dass die Filiale schließt.',
    );
  });

  it('drops the praise from a Spanish plan, not the plan', () => {
    expect(
      inPlainWords(
        'El Ayuntamiento pone en marcha un innovador Plan Integral, que supondrá un impulso sin precedentes para el comercio.',
        'es',
      ),
    ).toBe('El Ayuntamiento pone en marcha un Plan Integral, que supondrá un impulso para el comercio.');
  });

  it('says what a product is for instead of the revolution it promises', () => {
    expect(
      inPlainWords(
        'Nestwise today unveils a smart thermostat, an innovation set to revolutionise home heating forever.',
        'en',
      ),
    ).toBe('Nestwise today unveils a smart thermostat, an innovation for home heating.');
    expect(
      inPlainWords(
        'Today we launch Trackly, a platform that will completely revolutionise how teams do timesheets.',
        'en',
      ),
    ).toBe('Today we launch Trackly, a platform for how teams do timesheets.');
    expect(inPlainWords('A masterclass that will change your business forever.', 'en')).toBe(
      'A masterclass for your business.',
    );
  });

  it('leaves a promise of change that is the sentence itself, and a plain change, as written', () => {
    // "ShopKora is for the retail market" would say something else.
    const poised = 'ShopKora is poised to disrupt the Nigerian retail market.';
    expect(inPlainWords(poised, 'en')).toBe(poised);
    const plain = 'A new rule that will change how we fund school trips.';
    expect(inPlainWords(plain, 'en')).toBe(plain);
  });

  it("leaves someone's quoted words as they said them", () => {
    const quote = 'Cllr Oduya said: "We are pleased to announce the implementation of a greener plan."';
    expect(inPlainWords(quote, 'en')).toBe(quote);
  });

  it('leaves a language it has no list for as written', () => {
    const german = 'Wir freuen uns, den Start mit Wirkung vom 1. Mai bekanntzugeben.';
    expect(inPlainWords(german, 'de')).toBe(german);
  });

  it("puts a press release's news in plain words in the version, every fact kept", () => {
    const { rewrite } = reviewDraft(
      'PRESS RELEASE — FOR IMMEDIATE RELEASE\n\nStockport Metropolitan Borough Council is pleased to announce the implementation of an optimised waste collection framework, effective Monday 7 April 2025.\n\nResidents are advised that collection days may be subject to change. Further information can be found at stockportbins.example or by calling 0161 474 0000.\n\nENDS',
    );
    expect(rewrite).toContain(
      'Stockport Metropolitan Borough Council is introducing an optimised waste collection framework, effective Monday 7 April 2025.',
    );
    expect(rewrite).toContain('Collection days may change.');
    expect(rewrite).toContain('0161 474 0000');
  });
});
