// 上次承诺落实情况 in the 记录 and 纪要, read back by LibreOffice: the section is numbered after
// 政策宣讲 and pushes the others down; the public copy masks the villagers' names and leaves out
// the sensitive item, by the copy rules of privacy.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocumentBytes } from '../../shared/docs/pack';
import { recallCommitments } from '../../shared/domain/recall';
import { recallInput, recallVillage } from '../fixtures/recall-village';
import { hasReaderTools, printWithLibreOffice, readerTools, type PrintedPdf } from './libreoffice';

let pdfs: Record<string, PrintedPdf> = {};

beforeAll(async () => {
  if (!hasReaderTools()) throw new Error(`${readerTools.join(', ')} missing: see libreoffice.ts`);
  const v = recallVillage();
  Object.assign(v.current.bundle.meeting, {
    township: '石门镇',
    policy: '宣讲了农村人居环境整治政策。',
  });
  const input = {
    bundle: v.current.bundle,
    recalled: recallCommitments(
      v.current.bundle.meeting,
      recallInput(v.march.bundle, v.june.bundle, v.elsewhere.bundle, v.current.bundle),
    ),
  };
  pdfs = printWithLibreOffice({
    'minutes-masked': await buildDocumentBytes('minutes', input, { privacy: 'masked' }),
    'summary-public': await buildDocumentBytes('summary', input, { privacy: 'public' }),
    'minutes-none': await buildDocumentBytes('minutes', { bundle: v.current.bundle }),
  });
  // LibreOffice's speed depends on the machine's load: no time limit (0), it ends or fails.
}, 0);

describe('上次承诺落实情况 in print', () => {
  it('is section 二 of the 记录, one numbered sentence per earlier commitment', () => {
    const text = pdfs['minutes-masked']?.text ?? '';
    expect(text).toContain(
      '一、政策宣讲宣讲了农村人居环境整治政策。二、上次承诺落实情况本村以往会议作出的承诺6项，落实情况如下：',
    );
    expect(text).toContain(
      '1.2026年3月5日第1条：村口到三组的路面坑洼，雨天无法通行（镇交通站，刘建国），' +
        '已办结，办理结果：已铺设水泥路面120米，回访满意，已销号。',
    );
    expect(text).toContain(
      '2.2026年3月5日第3条：李德堃家自来水水压不足（镇水利站），回访不满意，已复号',
    );
    expect(text).toContain('6.2026年6月10日第4条：张三明与邻居宅基地纠纷');
    expect(text).toContain('三、群众反映问题及答复情况');
    expect(text).toContain('五、议定事项');
  });

  it('masks names and leaves out the sensitive item in the public 纪要', () => {
    const text = pdfs['summary-public']?.text ?? '';
    expect(text).toContain('二、上次承诺落实情况本村以往会议作出的承诺5项');
    expect(text).toContain('2.2026年3月5日第3条：李*堃家自来水水压不足（镇水利站）');
    expect(text).not.toContain('李德堃');
    expect(text).not.toContain('宅基地纠纷');
    expect(text).not.toContain('张三明');
  });

  it('is left out, and the numbering unchanged, when there is nothing to recall', () => {
    const text = pdfs['minutes-none']?.text ?? '';
    expect(text).not.toContain('上次承诺落实情况');
    expect(text).toContain('二、群众反映问题及答复情况');
    expect(text).toContain('四、议定事项');
  });
});
