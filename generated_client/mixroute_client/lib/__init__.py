"""Hand-written code of ``mixroute_client`` built on its generated models: structured outputs (``parse()`` and its
``Parsed*`` replies, which subclass the generated chat models) and the typed events of ``stream()``.

Its one home is here, as the OpenAI SDK keeps its own ``lib/`` beside its generated resources; the generator never
writes these files (``generator/generate.py`` carries them over on ``make generate`` and leaves them out of ``make
check-generated``). Unlike the runtime (``_runtime/``), which imports nothing generated, this code imports the
generated models it extends; its names are exported at the package's top level, loaded on first use.
"""
