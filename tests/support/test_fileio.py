import pytest

from pypy27.support.fileio import FileError, read_file, write_file


def test_roundtrip_all_byte_values(tmp_path):
    data = "".join(chr(i) for i in range(256)) * 600   # > one read chunk
    path = str(tmp_path / "data.bin")
    write_file(path, data)
    assert read_file(path) == data
    with open(path, "rb") as f:
        assert f.read() == data.encode("latin-1")


def test_empty_file(tmp_path):
    path = str(tmp_path / "empty")
    write_file(path, "")
    assert read_file(path) == ""


def test_missing_file(tmp_path):
    with pytest.raises(FileError) as info:
        read_file(str(tmp_path / "nope"))
    e = info.value
    assert e.errno == 2 and e.operation == "open"
    assert e.message() == "open %s: No such file or directory" % (tmp_path / "nope")


def test_read_directory_fails(tmp_path):
    with pytest.raises(FileError) as info:
        read_file(str(tmp_path))
    assert info.value.operation == "read"
