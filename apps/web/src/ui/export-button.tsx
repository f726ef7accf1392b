import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { problemsOf } from '../api/api-problem';
import { downloadFile } from '../api/rest';
import { useProblemText } from './problem-text';

/** Downloads one of the API's spreadsheets (`/exports/…`) for the given query, saying in the user's words why when it cannot. */
export function ExportButton({ path, params, fileName, label }: { path: string; params: Record<string, string | null | undefined>; fileName: string; label: string }) {
  const describe = useProblemText();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const download = async () => {
    setProblem(null);
    setBusy(true);
    try {
      const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
      await downloadFile(`${path}?${query}`, fileName);
    } catch (error) {
      setProblem(problemsOf(error).map(describe).join(' '));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button icon={<DownloadOutlined />} onClick={() => void download()} loading={busy}>
        {label}
      </Button>
      {problem && <Alert type="error" showIcon role="alert" title={problem} className="form-alert export-problem" />}
    </>
  );
}
