"""The Teams channel against the running assistant, with Microsoft's services stood in for on loopback.

Signed activities get answers (buttons as imBack hero cards, replies sent with the tenant's token); every kind of
bad token gets 401 and no reply; adding the bot sends the welcome.
"""
from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
import uuid

import pytest

from tests.microsoft_standins import APP_ID, TENANT_ID, new_private_key


def activity(microsoft, text: str = "", kind: str = "message", **extra) -> dict:
    conversation = f"conv-{uuid.uuid4().hex[:8]}"
    return {"type": kind, "id": uuid.uuid4().hex, "channelId": "msteams", "serviceUrl": microsoft.service_url,
            "from": {"id": f"user-{uuid.uuid4().hex[:6]}", "name": "Test Teacher"},
            "recipient": {"id": f"28:{APP_ID}", "name": "SENCO Guide"},
            "conversation": {"id": conversation}, "text": text, **extra}


def post(assistant: str, body: dict | bytes, token: str | None) -> int:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers = {"Content-Type": "application/json"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(f"{assistant}/webhooks/teams/webhook", data=data, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as reply:
            return reply.status
    except urllib.error.HTTPError as error:
        return error.code


def replies_text(sent: list[dict]) -> str:
    parts = []
    for item in sent:
        body = item["body"]
        parts.append(body.get("text", ""))
        for card in body.get("attachments", []):
            parts.append(card["content"].get("text", ""))
    return "\n".join(parts)


def test_signed_message_gets_an_answer_sent_with_the_tenant_token(assistant, microsoft):
    message = activity(microsoft, "I became SENCO in October 2024, when is my deadline?")
    assert post(assistant, message, microsoft.token()) == 200
    sent = microsoft.wait_for_replies(message["conversation"]["id"])
    assert "October 2027" in replies_text(sent) and "Source:" in replies_text(sent)
    assert all(item["auth"] == "Bearer connector-token" for item in sent)
    assert any(TENANT_ID in request["path"] and request["client_id"] == APP_ID
               for request in microsoft.token_requests)


def test_mention_markup_is_removed(assistant, microsoft):
    message = activity(microsoft, "<at>SENCO Guide</at> is the npq senco free for academies")
    assert post(assistant, message, microsoft.token()) == 200
    assert "scholarship funding" in replies_text(microsoft.wait_for_replies(message["conversation"]["id"]))


def test_buttons_arrive_as_imback_hero_card_actions(assistant, microsoft):
    message = activity(microsoft, "what can you do")
    assert post(assistant, message, microsoft.token()) == 200
    sent = microsoft.wait_for_replies(message["conversation"]["id"])
    cards = [card for item in sent for card in item["body"].get("attachments", [])]
    assert cards and cards[0]["contentType"] == "application/vnd.microsoft.card.hero"
    buttons = cards[0]["content"]["buttons"]
    assert buttons and all(b["type"] == "imBack" and b["value"] and b["title"] for b in buttons)


def test_clicking_a_button_starts_the_check(assistant, microsoft):
    # imBack posts the button's value as an ordinary message from the user.
    message = activity(microsoft, "/start_eligibility_check")
    assert post(assistant, message, microsoft.token()) == 200
    assert "part of the UK" in replies_text(microsoft.wait_for_replies(message["conversation"]["id"]))


def test_welcome_when_the_bot_is_added(assistant, microsoft):
    update = activity(microsoft, kind="conversationUpdate", text=None,
                      membersAdded=[{"id": f"28:{APP_ID}"}, {"id": "user-1"}])
    assert post(assistant, update, microsoft.token()) == 200
    assert "SENCO Guide" in replies_text(microsoft.wait_for_replies(update["conversation"]["id"]))


def test_someone_else_joining_gets_no_welcome(assistant, microsoft):
    update = activity(microsoft, kind="conversationUpdate", text=None, membersAdded=[{"id": "user-2"}])
    assert post(assistant, update, microsoft.token()) == 200
    time.sleep(2)
    assert microsoft.sent_to(update["conversation"]["id"]) == []


def bad_tokens(microsoft) -> dict:
    now = int(time.time())
    return {
        "unsigned": None,
        "not-bearer": "",
        "expired": microsoft.token(exp=now - 600),  # beyond the 5 minutes' skew
        "wrong-audience": microsoft.token(aud="someone-elses-app"),
        "wrong-issuer": microsoft.token(iss="https://evil.example"),
        "wrong-key": microsoft.token(key=new_private_key()),
        "unknown-key-id": microsoft.token(kid="not-a-key"),
        "service-url-mismatch": microsoft.token(serviceUrl="https://attacker.example/"),
        "no-expiry": microsoft.token(exp=None),
        "garbage": "not.a.jwt",
    }


@pytest.mark.parametrize("case", ["unsigned", "not-bearer", "expired", "wrong-audience", "wrong-issuer", "wrong-key",
                                  "unknown-key-id", "service-url-mismatch", "no-expiry", "garbage"])
def test_bad_tokens_get_401_and_no_reply(assistant, microsoft, case):
    message = activity(microsoft, "hello")
    token = bad_tokens(microsoft)[case]
    if case == "not-bearer":
        request = urllib.request.Request(f"{assistant}/webhooks/teams/webhook", data=json.dumps(message).encode(),
                                         headers={"Content-Type": "application/json", "Authorization": "Basic abc"})
        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(request, timeout=30)
        status = error.value.code
    else:
        status = post(assistant, message, token)
    assert status == 401
    time.sleep(1)
    assert microsoft.sent_to(message["conversation"]["id"]) == []


def test_token_expired_within_the_skew_is_accepted(assistant, microsoft):
    message = activity(microsoft, "hello")
    assert post(assistant, message, microsoft.token(exp=int(time.time()) - 120)) == 200
    assert microsoft.wait_for_replies(message["conversation"]["id"])


def test_malformed_activity_is_a_400(assistant, microsoft):
    assert post(assistant, b"{not json", microsoft.token()) == 400


def test_credentials_come_from_the_environment(monkeypatch):
    import asyncio

    import rasa.shared.utils.io

    from channels.teams import AuthError, TeamsInput

    for name in ("MICROSOFT_APP_ID", "MICROSOFT_APP_PASSWORD", "MICROSOFT_APP_TENANT_ID"):
        monkeypatch.delenv(name, raising=False)  # unset, as for a plain `rasa run`: credentials.yml still loads
    credentials = rasa.shared.utils.io.read_config_file("credentials.yml")["channels.teams.TeamsInput"]
    channel = TeamsInput.from_credentials(credentials)
    with pytest.raises(AuthError):  # not configured: every request is refused
        asyncio.run(channel.authenticate("Bearer x", {}))
    monkeypatch.setenv("MICROSOFT_APP_ID", APP_ID)
    monkeypatch.setenv("MICROSOFT_APP_TENANT_ID", TENANT_ID)
    credentials = rasa.shared.utils.io.read_config_file("credentials.yml")["channels.teams.TeamsInput"]
    channel = TeamsInput.from_credentials(credentials)
    assert channel.app_id == APP_ID
    assert channel.token_url == f"https://login.microsoftonline.com/{TENANT_ID}/oauth2/v2.0/token"
