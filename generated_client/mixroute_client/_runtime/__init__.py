"""The hand-written runtime of ``mixroute_client``: sending, retrying, errors, streams, tolerant reading.

Its one home is here, beside the generated modules that import it; the generator never writes these files
(``generator/generate.py`` carries them over on ``make generate`` and leaves them out of ``make
check-generated``). It imports nothing generated: what it needs of the spec, the generated ``_spec_facts`` hands
it on import (``_facts``). What is built on the generated models lives beside it, in ``lib/``.
"""
