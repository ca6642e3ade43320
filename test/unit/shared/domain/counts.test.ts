import { describe, expect, it } from 'vitest';
import { countAttendance, duplicateNames } from '../../../../shared/domain/counts';
import { sampleAttendance } from './sample-records';

const deleted = { deletedAt: '2026-03-05T12:00:00.000Z' };

describe('countAttendance', () => {
  it('is all zeros for an empty list', () => {
    expect(countAttendance([])).toEqual({
      expected: 0,
      present: 0,
      attending: 0,
      sittingIn: 0,
      excused: 0,
      households: 0,
    });
  });

  it('counts 应到, 实到, 出席, 列席 and 请假', () => {
    const list = [
      sampleAttendance(0, '张三', { household: '张三' }),
      sampleAttendance(1, '李四', { household: '李四' }),
      sampleAttendance(2, '王五', {
        status: '列席',
        group: '',
        household: '',
        identity: '乡镇干部',
      }),
      sampleAttendance(3, '赵六', { status: '请假', household: '赵六' }),
      sampleAttendance(4, '孙七', { status: '请假' }),
    ];
    expect(countAttendance(list)).toEqual({
      expected: 5,
      present: 3,
      attending: 2,
      sittingIn: 1,
      excused: 2,
      households: 3,
    });
  });

  it('ignores deleted rows everywhere', () => {
    const list = [
      sampleAttendance(0, '张三'),
      sampleAttendance(1, '李四', deleted),
      sampleAttendance(2, '王五', { ...deleted, status: '列席' }),
      sampleAttendance(3, '赵六', { ...deleted, status: '请假' }),
    ];
    expect(countAttendance(list)).toEqual({
      expected: 1,
      present: 1,
      attending: 1,
      sittingIn: 0,
      excused: 0,
      households: 1,
    });
  });

  it('counts one household per 户主 within a group, trimmed', () => {
    const list = [
      sampleAttendance(0, '李德明', { household: '李德明' }),
      sampleAttendance(1, '李小红', { household: ' 李德明 ' }),
      sampleAttendance(2, '王䶮', { household: '' }),
      // Same 户主 name in another group is another household.
      sampleAttendance(3, '李德明', { group: '四组', household: '李德明' }),
    ];
    expect(countAttendance(list).households).toBe(3);
  });

  it('does not count households of those who sent apologies', () => {
    const list = [
      sampleAttendance(0, '张三', { household: '张三' }),
      sampleAttendance(1, '张小三', { household: '张大', status: '请假' }),
    ];
    expect(countAttendance(list).households).toBe(1);
  });

  it('a head count of households covered overrides the computed one, zero included', () => {
    const list = [sampleAttendance(0, '张三'), sampleAttendance(1, '李四')];
    expect(countAttendance(list, { householdsCovered: 45 }).households).toBe(45);
    expect(countAttendance(list, { householdsCovered: 0 }).households).toBe(0);
    expect(countAttendance(list, { householdsCovered: null }).households).toBe(2);
    expect(countAttendance(list, { householdsCovered: 45 }).present).toBe(2);
  });

  it('does not confuse a group name that contains the separator-like text', () => {
    const list = [
      sampleAttendance(0, '甲', { group: '一组', household: '二' }),
      sampleAttendance(1, '乙', { group: '一', household: '组二' }),
    ];
    expect(countAttendance(list).households).toBe(2);
  });
});

describe('duplicateNames', () => {
  it('finds names that occur more than once, trimmed', () => {
    const list = [
      sampleAttendance(0, '张三'),
      sampleAttendance(1, ' 张三'),
      sampleAttendance(2, '李四'),
      sampleAttendance(3, '𠀀明'),
      sampleAttendance(4, '𠀀明'),
      sampleAttendance(5, '𠀀'),
    ];
    expect(duplicateNames(list)).toEqual(new Set(['张三', '𠀀明']));
  });

  it('ignores deleted rows', () => {
    const list = [sampleAttendance(0, '张三'), sampleAttendance(1, '张三', deleted)];
    expect(duplicateNames(list).size).toBe(0);
  });

  it('reports a name once however often it repeats', () => {
    const list = [0, 1, 2, 3].map((i) => sampleAttendance(i, '王五'));
    expect([...duplicateNames(list)]).toEqual(['王五']);
  });
});
