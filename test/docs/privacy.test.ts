import { describe, expect, it } from 'vitest';
import { createRedactor, maskName, maskPhone, maskPhonesInText } from '../../shared/docs/privacy';
import { cleanText } from '../../shared/domain/text';

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['张三明', '张*明'],
    ['欧阳娜娜', '欧**娜'],
    ['司马相如君', '司***君'],
    ['王', '*'],
    ['', ''],
    [' 李堃 ', '李*'],
  ])('%s → %s', (name, masked) => expect(maskName(name)).toBe(masked));

  it('masks by character, never splitting a surrogate pair or an emoji', () => {
    expect(maskName('𠀀明')).toBe('𠀀*');
    expect(maskName('明𠀀')).toBe('明*');
    expect(maskName('王𠀀明')).toBe('王*明');
    expect(maskName('小芳🌸')).toBe('小*🌸');
    expect(maskName('阿👩‍🌾')).toBe('阿*');
    for (const name of ['𠀀明', '王𠀀明', '𠀀𠀀𠀀', '小芳🌸']) {
      expect(cleanText(maskName(name))).toBe(maskName(name));
    }
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812341234', '138****1234'],
    ['138 1234 1234', '138****1234'],
    ['138-1234-1234', '138****1234'],
    ['+86 137-0000-2222', '+86 137****2222'],
    ['0738-8123456', '0738-****3456'],
    ['07388123456', '0738-****3456'],
    ['(0738)8123457', '0738-****3457'],
    ['１３８１２３４１２３４', '138****1234'],
    ['１３８　１２３４　１２３４', '138****1234'],
    ['＋８６ １３８－１２３４－１２３４', '+86 138****1234'],
    ['（０７３８）８１２３４５７', '0738-****3457'],
    ['12345678', '****5678'],
    ['110', '***'],
    ['（略）', '（略）'],
    ['', ''],
  ])('%s → %s', (phone, masked) => expect(maskPhone(phone)).toBe(masked));

  it('masks phones inside a free text and leaves other numbers', () => {
    expect(maskPhonesInText('联系电话13812341234，12户，2026年')).toBe(
      '联系电话138****1234，12户，2026年',
    );
    expect(maskPhonesInText('座机0738-8123456', '（略）')).toBe('座机（略）');
  });

  it('finds full-width digits and landlines written with a space or brackets', () => {
    expect(
      maskPhonesInText('联系电话１３８１２３４１２３４，座机0738 8123456，另(0738)8123457（白天）'),
    ).toBe('联系电话138****1234，座机0738-****3456，另0738-****3457（白天）');
    expect(
      maskPhonesInText('手机１３９　００００　１１１１或（０７３８）８１２３４５８', '（略）'),
    ).toBe('手机（略）或（略）');
    // Dates, amounts, counts and longer numbers around them are no phones.
    const others =
      '2026-03-12开会，２０２６年３月，补助0.5万元，12户，编号01234567，' +
      '身份证430102199001011234，合同20260312081234567';
    expect(maskPhonesInText(`${others}，电话１３８１２３４１２３４`)).toBe(
      `${others}，电话138****1234`,
    );
  });
});

describe('maskPhonesInText, a landline without its area code', () => {
  it('masks one written after a word that says it is a phone', () => {
    expect(maskPhonesInText('有事打电话8123456，或座机：81234567，TEL 8123457')).toBe(
      '有事打电话***3456，或座机：****4567，TEL ***3457',
    );
    expect(maskPhonesInText('联系方式 ８１２３４５６（白天）', '（略）')).toBe(
      '联系方式 （略）（白天）',
    );
  });

  it('leaves the same digits alone anywhere else', () => {
    const others = '投资1200000元，电话费1234567元，身份证号码430102199001011234，8123456';
    expect(maskPhonesInText(others)).toBe(others);
  });
});

describe('redactor', () => {
  it('keeps everything in the internal copy', () => {
    const r = createRedactor('internal-full', ['王䶮']);
    expect(r.phone('13812341234')).toBe('13812341234');
    expect(r.text('王䶮 13812341234')).toBe('王䶮 13812341234');
  });

  it('masks phones by default, names only in public', () => {
    expect(createRedactor('masked').phone('13812341234')).toBe('138****1234');
    expect(createRedactor('masked').person('王䶮')).toBe('王䶮');
    const pub = createRedactor('public', ['王䶮', '匿名', '三组群众']);
    expect(pub.person('王䶮')).toBe('王*');
    expect(pub.phone('13812341234')).toBe('');
    expect(pub.raisedBy('三组群众')).toBe('三组群众');
    expect(pub.raisedBy('匿名')).toBe('匿名');
    expect(pub.text('王䶮说，电话13812341234，匿名')).toBe('王*说，电话（略），匿名');
  });

  it('keeps a 反映人 that names no one, and masks the persons in one that does', () => {
    const nobody = [
      '匿名',
      '集体反映',
      '村民',
      '群众',
      '三组群众',
      '部分村民',
      '全体村民',
      '5组村民',
    ];
    const named = ['李德堃户', '张三丰等村民', '王五、赵四等3户', '刘强等人'];
    const pub = createRedactor('public', [...nobody, ...named]);
    for (const value of nobody) expect(pub.raisedBy(value)).toBe(value);
    expect(named.map((v) => pub.raisedBy(v))).toEqual([
      '李*堃户',
      '张*丰等村民',
      '王*、赵*等3户',
      '刘*等人',
    ]);
    expect(pub.text('李德堃说房屋漏雨，张三丰、赵四要求修桥，刘强同意，5组村民都来了')).toBe(
      '李*堃说房屋漏雨，张*丰、赵*要求修桥，刘*同意，5组村民都来了',
    );
    const masked = createRedactor('masked', named);
    expect(named.map((v) => masked.raisedBy(v))).toEqual(named);
    expect(masked.text('李德堃说')).toBe('李德堃说');
  });
});
