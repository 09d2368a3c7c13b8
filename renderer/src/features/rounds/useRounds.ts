import { useEffect, useState } from 'react';
import type { Assessment } from '../../domain/model/types';
import { api } from '../../api';

/**
 * The rounds of the open assessment's series, read from main when the assessment is a follow-up (or has one).
 * The open assessment itself is always the version in memory, which may be newer than the one on disk.
 */
export function useRounds(assessment: Assessment): Assessment[] {
  const [stored, setStored] = useState<Assessment[]>([]);
  const { id } = assessment;
  useEffect(() => {
    let live = true;
    api()
      .listRounds(id)
      .then(
        (list) => live && setStored(list),
        () => live && setStored([]),
      );
    return () => {
      live = false;
    };
  }, [id]);
  return stored.map((r) => (r.id === assessment.id ? assessment : r));
}
