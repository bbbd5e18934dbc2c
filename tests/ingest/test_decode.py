import pytest

from newsgraph.ingest.decode import DecodeError, decode_bytes, looks_binary


def test_declared_html_charset_is_used():
    page = '<html><head><meta charset="windows-1251"></head><body>Москва</body></html>'.encode("cp1251")
    assert "Москва" in decode_bytes(page)


def test_newlines_are_normalised_and_controls_dropped():
    body = b" ordinary text" * 10
    assert decode_bytes(b"a\r\nb\rc\x07d" + body) == "a\nb\ncd" + body.decode()


def test_binary_is_refused():
    assert looks_binary(b"\x00\x01\x02PK\x03\x04" * 50)
    with pytest.raises(DecodeError):
        decode_bytes(b"\x00" * 100)
