import os
import tempfile
from pathlib import Path

import pytest

# Tests never touch a real database: the dashboard and the CLI use this throwaway one.
os.environ["FRONTLINE_DB_URL"] = f"sqlite:///{Path(tempfile.mkdtemp(prefix='frontline-test-')) / 'store.sqlite'}"

from geo.gazetteer import Gazetteer
from geo.pipeline import default_gazetteer

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


def shared_file(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the shared folder beside the repository; CI has it)")
    return path
