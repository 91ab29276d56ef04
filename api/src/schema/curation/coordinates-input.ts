import { coordinatesProblem, type JsonValue } from '@icg/graph';
import { badUserInput } from '../../errors.ts';

/**
 * Coordinates written through `properties` obey the same rules as placeEntity: `lat` and `lng` together,
 * finite, within Jiangsu and Anhui. Both null clears them (the entity falls back to its county or city).
 */
export function checkCoordinateProperties(argument: string, properties: Readonly<Record<string, JsonValue>>): void {
  if (!('lat' in properties) && !('lng' in properties)) return;
  const { lat, lng } = properties;
  if (lat === null && lng === null) return;
  if (lat === undefined || lng === undefined) {
    throw badUserInput(argument, `${argument} must give lat and lng together`);
  }
  const problem = coordinatesProblem(lat, lng);
  if (problem) throw badUserInput(argument, `${argument}: ${problem}`);
}
