"""Locust users for benchmarks/cluster_bench.py: each user holds short conversations over REST, a new conversation
(sender id) each time, with the turns a real user sends (a greeting, topic questions, a follow-up, the check)."""
import json
import random
import uuid

from locust import HttpUser, constant, task

CONVERSATIONS = [
    ["hi", "what does a SENCO do?", "is the NPQ funded for academies?", "what about an independent school?"],
    ["do I need QTS to be a SENCO?", "I became SENCO in March 2025, when is my deadline?", "thanks"],
    ["check my eligibility", "England", "a maintained school", "I'm a teacher", "yes", "yes", "not yet"],
    ["when does the next NPQ start?", "how is the NPQ assessed?", "how long?"],
]


class Conversation(HttpUser):
    wait_time = constant(0)  # closed loop: each user sends its next message as soon as the reply comes

    @task
    def converse(self) -> None:
        sender = f"bench-{uuid.uuid4().hex[:10]}"
        for text in random.choice(CONVERSATIONS):
            with self.client.post("/webhooks/rest/webhook", data=json.dumps({"sender": sender, "message": text}),
                                  headers={"Content-Type": "application/json"}, name="turn",
                                  catch_response=True) as response:
                if response.status_code != 200 or not response.text.strip().startswith("[{"):
                    response.failure(f"{response.status_code}: {response.text[:80]}")
