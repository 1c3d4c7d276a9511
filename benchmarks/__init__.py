"""`make bench`: the client measured side by side with raw httpx2 and the official OpenAI SDK.

Every figure is a ratio against a baseline measured in the same run, on the same data, interleaved with
it, so the noise of a shared machine lands on both sides alike.
"""
