export interface CuratedProvince {
  /** The value of the `province` field, short as in the policy data: 江苏, 安徽. */
  province: string;
  id: string;
  /** Full name of the Place node. */
  name: string;
}

/** The two provinces the data covers, as Place nodes; every city Place is PART_OF one of them. */
export const CURATED_PROVINCES = [
  { province: '江苏', id: 'province-jiangsu', name: '江苏省' },
  { province: '安徽', id: 'province-anhui', name: '安徽省' },
] as const satisfies readonly CuratedProvince[];

/**
 * The short province name (江苏) for 江苏 or 江苏省, the form the policy seeds use; undefined for any
 * other value, which the importer reports rather than guesses at.
 */
export function normalizeProvince(value: string): string | undefined {
  const trimmed = value.trim();
  const match = CURATED_PROVINCES.find(({ province, name }) => trimmed === province || trimmed === name);
  return match?.province;
}

export function provinceOf(province: string): CuratedProvince | undefined {
  return CURATED_PROVINCES.find((candidate) => candidate.province === province);
}
