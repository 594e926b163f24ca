"""The quick reading of the revision files agrees with Alembic itself."""

from alembic.script import ScriptDirectory

from app.db import migrate


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(migrate.alembic_config())


def test_known_revisions_are_alembics_revisions():
    assert migrate.known_revisions() == {rev.revision for rev in _script().walk_revisions()}


def test_heads_are_alembics_heads():
    assert migrate.head_revisions() == set(_script().get_heads())


def test_the_foundation_is_the_only_root():
    roots = [rev for rev, info in migrate.revisions().items() if not info.down_revisions]
    assert roots == ["0001_foundation"]


def test_applied_revisions_follow_parents_and_dependencies():
    script = _script()
    for rev in script.walk_revisions():
        expected = {rev.revision}
        todo = list(rev._all_down_revisions)  # parents and dependencies, as Alembic sees them
        while todo:
            name = todo.pop()
            expected.add(name)
            todo.extend(script.get_revision(name)._all_down_revisions)
        assert migrate.applied_revisions({rev.revision}) == expected


def test_stamped_with_the_heads_everything_is_applied():
    assert migrate.applied_revisions(migrate.head_revisions()) == migrate.known_revisions()
    assert migrate.applied_revisions({"0001_foundation"}) == {"0001_foundation"}
