import { EntityManager } from 'typeorm';
import { LotRow, LotWriter } from '../lot-writer';

/** A lot and the file row it came from. */
export interface RowLot {
  row: number;
  lot: LotRow;
}

export interface IsolatedWrite {
  inserted: number;
  /** Rows the database refused, each alone: the reason is the database's. */
  refused: { row: number; message: string }[];
}

/**
 * PostgreSQL error classes about the values sent (22 data exception, 23
 * integrity constraint violation), as opposed to the connection, a lock or
 * the server (08, 40, 53, 57): only these are worth splitting a batch over.
 */
export const isDataError = (error: unknown): boolean => /^2[23]/.test(String((error as { code?: unknown }).code ?? ''));

/**
 * Writes lots inside the caller's transaction. If the database refuses the
 * batch for its data, the batch is split in halves under savepoints until
 * the refused rows stand alone (bisection: about 2·log2(n) writes for one bad
 * row); they are returned, and every other lot is written. Any other error
 * is thrown as it is.
 */
export async function writeIsolating(m: EntityManager, writer: LotWriter, lots: RowLot[]): Promise<IsolatedWrite> {
  if (lots.length === 0) return { inserted: 0, refused: [] };
  await m.query('SAVEPOINT import_rows');
  try {
    const inserted = await writer.write(
      m,
      lots.map((l) => l.lot),
    );
    await m.query('RELEASE SAVEPOINT import_rows');
    return { inserted, refused: [] };
  } catch (error) {
    if (!isDataError(error)) throw error;
    await m.query('ROLLBACK TO SAVEPOINT import_rows');
    await m.query('RELEASE SAVEPOINT import_rows');
    if (lots.length === 1) return { inserted: 0, refused: [{ row: lots[0].row, message: `could not be stored: ${(error as Error).message.slice(0, 300)}` }] };
    const half = Math.ceil(lots.length / 2);
    const first = await writeIsolating(m, writer, lots.slice(0, half));
    const second = await writeIsolating(m, writer, lots.slice(half));
    return { inserted: first.inserted + second.inserted, refused: [...first.refused, ...second.refused] };
  }
}
