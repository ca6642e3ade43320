// Two roster entries found to be one villager: what the kept entry holds afterwards. Its own
// fields win; the ones it lacks are taken from the other, and the identity tags of both are kept.
import type { Person } from '../domain/schemas';
import type { RosterPerson } from './preview';

export function mergedPersonContent(keep: Person, drop: Person): RosterPerson {
  const pick = (field: 'name' | 'village' | 'group' | 'household' | 'phone') =>
    keep[field].trim() === '' ? drop[field] : keep[field];
  return {
    name: pick('name'),
    village: pick('village'),
    group: pick('group'),
    household: pick('household'),
    phone: pick('phone'),
    tags: [...new Set([...keep.tags, ...drop.tags])].slice(0, 20),
  };
}
