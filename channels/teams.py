"""Microsoft Teams channel: Rasa's Bot Framework channel, fixed for a new single-tenant Teams bot.

Rasa 3.6's `botframework` channel (a) takes reply tokens from the multi-tenant botframework.com token URL, which
single-tenant bots cannot use (AADSTS700016); (b) sends buttons without an action type, so clicks arrive empty in
Teams; (c) checks only the token's signature and audience; (d) ignores `conversationUpdate`. This subclass fixes
all four: a tenant token URL from configuration, `imBack` hero-card buttons, full JWT validation (signature
against the OpenID metadata's keys, issuer, audience, expiry with 5 minutes' skew, serviceUrl claim) and the
assistant's greeting when the bot is added. It also uses async HTTP instead of blocking `requests`.

credentials.yml:
    channels.teams.TeamsInput:
      # app_id, app_password, tenant_id: from MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD, MICROSOFT_APP_TENANT_ID
      # optional, for tests and sovereign clouds: openid_metadata_url, token_url, issuer
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
from http import HTTPStatus
from typing import Any, Awaitable, Callable

import aiohttp
import jwt
from jwt.algorithms import RSAAlgorithm
from rasa.core.channels.botframework import BotFramework, BotFrameworkInput
from rasa.core.channels.channel import UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

logger = logging.getLogger(__name__)

OPENID_METADATA_URL = "https://login.botframework.com/v1/.well-known/openidconfiguration"
TOKEN_URL = "https://login.microsoftonline.com/{tenant_id}/oauth2/v2.0/token"
TOKEN_SCOPE = "https://api.botframework.com/.default"
ISSUER = "https://api.botframework.com"
CLOCK_SKEW = dt.timedelta(minutes=5)
KEYS_MAX_AGE = dt.timedelta(days=1)
HTTP_TIMEOUT = aiohttp.ClientTimeout(total=20)
WELCOME_TRIGGER = "/greet"  # the assistant's own greeting, with its buttons
MENTION = re.compile(r"<at>.*?</at>", re.S)  # Teams puts "@SENCO Guide" in channel messages as markup


class AuthError(Exception):
    """The request is not from the Bot Framework for this bot: answer 401 and do nothing else."""


def teams_buttons(buttons: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rasa buttons as Teams card actions: imBack posts the payload back as the user's message."""
    return [{"type": "imBack", "title": b.get("title", ""), "value": b.get("payload", b.get("title", ""))}
            for b in buttons]


class TeamsOutput(BotFramework):
    """Sends replies to the Bot Connector with a token from the bot's own tenant."""

    _tokens: dict[tuple[str, str], tuple[str, dt.datetime]] = {}  # (token URL, app id) -> (token, expiry)

    @classmethod
    def name(cls) -> str:
        return "teams"

    def __init__(self, app_id: str, app_password: str, conversation: dict[str, Any], bot: dict[str, Any],
                 service_url: str, token_url: str) -> None:
        super().__init__(app_id, app_password, conversation, bot, service_url)
        self.token_url = token_url

    async def _get_headers(self) -> dict[str, str] | None:
        key = (self.token_url, self.app_id)
        token, expires = self._tokens.get(key, ("", dt.datetime.min))
        if dt.datetime.now() >= expires:
            form = {"client_id": self.app_id, "client_secret": self.app_password,
                    "grant_type": "client_credentials", "scope": TOKEN_SCOPE}
            async with aiohttp.ClientSession(timeout=HTTP_TIMEOUT) as session:
                async with session.post(self.token_url, data=form) as reply:
                    if reply.status != HTTPStatus.OK:
                        logger.error("Teams: no token from %s (%s): %s", self.token_url, reply.status, await reply.text())
                        return None
                    data = await reply.json(content_type=None)
            token = data["access_token"]
            # Renew a minute early so a token never expires in flight.
            expires = dt.datetime.now() + dt.timedelta(seconds=int(data.get("expires_in", 3600)) - 60)
            self._tokens[key] = (token, expires)
        return {"content-type": "application/json", "Authorization": f"Bearer {token}"}

    async def send(self, message_data: dict[str, Any]) -> None:
        headers = await self._get_headers()
        if headers is None:
            return
        uri = f"{self.global_uri}conversations/{self.conversation['id']}/activities"
        async with aiohttp.ClientSession(timeout=HTTP_TIMEOUT) as session:
            async with session.post(uri, headers=headers, data=json.dumps(message_data)) as reply:
                if reply.status >= 300:
                    logger.error("Teams: sending failed (%s): %s", reply.status, await reply.text())

    async def send_text_with_buttons(self, recipient_id: str, text: str, buttons: list[dict[str, Any]],
                                     **kwargs: Any) -> None:
        card = {"contentType": "application/vnd.microsoft.card.hero",
                "content": {"text": text, "buttons": teams_buttons(buttons)}}
        await self.send(self.prepare_message(recipient_id, {"attachments": [card]}))


SECRET_VARIABLES = {"app_id": "MICROSOFT_APP_ID", "app_password": "MICROSOFT_APP_PASSWORD",
                    "tenant_id": "MICROSOFT_APP_TENANT_ID"}


class TeamsInput(BotFrameworkInput):
    """Receives Teams activities at /webhooks/teams/webhook."""

    @classmethod
    def name(cls) -> str:
        return "teams"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> "TeamsInput":
        """Secrets from credentials.yml if it has them, else from the environment (SECRET_VARIABLES). Unset, the
        channel answers 401 to everything; a plain `rasa run` still starts (a `${VAR}` in credentials.yml made
        Rasa refuse to start when the variable was unset)."""
        credentials = credentials or {}
        secret = {key: credentials.get(key) or os.environ.get(variable, "") for key, variable in SECRET_VARIABLES.items()}
        tenant_id = secret["tenant_id"]
        return cls(
            app_id=secret["app_id"],
            app_password=secret["app_password"],
            tenant_id=tenant_id,
            openid_metadata_url=credentials.get("openid_metadata_url") or OPENID_METADATA_URL,
            token_url=credentials.get("token_url") or TOKEN_URL.format(tenant_id=tenant_id),
            issuer=credentials.get("issuer") or ISSUER,
        )

    def __init__(self, app_id: str, app_password: str, tenant_id: str, openid_metadata_url: str, token_url: str,
                 issuer: str) -> None:
        # Not calling super().__init__: it fetches Microsoft's keys over blocking HTTP at start-up. Keys are
        # fetched on the first request instead, asynchronously.
        self.app_id, self.app_password, self.tenant_id = app_id, app_password, tenant_id
        self.openid_metadata_url, self.token_url, self.issuer = openid_metadata_url, token_url, issuer
        self.jwt_keys: dict[str, dict[str, Any]] = {}
        self.jwt_update_time = dt.datetime.min

    async def _refresh_keys(self) -> None:
        async with aiohttp.ClientSession(timeout=HTTP_TIMEOUT) as session:
            async with session.get(self.openid_metadata_url) as reply:
                reply.raise_for_status()
                jwks_uri = (await reply.json(content_type=None))["jwks_uri"]
            async with session.get(jwks_uri) as reply:
                reply.raise_for_status()
                keys = (await reply.json(content_type=None))["keys"]
        self.jwt_keys = {key["kid"]: key for key in keys}
        self.jwt_update_time = dt.datetime.now()

    async def _signing_key(self, kid: str) -> dict[str, Any]:
        if kid not in self.jwt_keys or dt.datetime.now() - self.jwt_update_time > KEYS_MAX_AGE:
            try:
                await self._refresh_keys()
            except (aiohttp.ClientError, KeyError, ValueError) as error:
                raise AuthError(f"cannot read the OpenID metadata or keys: {error}") from error
        if kid not in self.jwt_keys:
            raise AuthError(f"unknown signing key {kid!r}")
        return self.jwt_keys[kid]

    async def authenticate(self, auth_header: str | None, activity: dict[str, Any]) -> None:
        """Raise AuthError unless the Bearer token is a valid Bot Framework token for this bot and activity."""
        if not self.app_id:
            raise AuthError("Teams is not configured (MICROSOFT_APP_ID is empty)")
        if not auth_header or not auth_header.startswith("Bearer "):
            raise AuthError("no Bearer token")
        token = auth_header[len("Bearer "):].strip()
        try:
            header = jwt.get_unverified_header(token)
            key = await self._signing_key(header.get("kid", ""))
            if header.get("alg") != "RS256":
                raise AuthError(f"unexpected algorithm {header.get('alg')!r}")
            endorsements = key.get("endorsements")
            if endorsements and activity.get("channelId") not in endorsements:
                raise AuthError("signing key is not endorsed for this channel")
            claims = jwt.decode(
                token,
                key=RSAAlgorithm.from_jwk(json.dumps(key)),
                algorithms=["RS256"],
                audience=self.app_id,
                issuer=self.issuer,
                leeway=CLOCK_SKEW,
                options={"require": ["exp", "iss", "aud"]},
            )
        except jwt.PyJWTError as error:
            raise AuthError(f"invalid token: {error}") from error
        if claims.get("serviceUrl") != activity.get("serviceUrl"):
            raise AuthError("the token's serviceUrl does not match the activity's")

    def _output(self, activity: dict[str, Any]) -> TeamsOutput:
        return TeamsOutput(self.app_id, self.app_password, activity["conversation"], activity["recipient"],
                           activity["serviceUrl"], self.token_url)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        teams_webhook = Blueprint("teams_webhook", __name__)

        @teams_webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @teams_webhook.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            try:
                activity = json.loads(request.body or b"")
                if not isinstance(activity, dict):
                    raise ValueError("an activity is a JSON object")
            except ValueError:
                return response.text("Malformed activity.", status=HTTPStatus.BAD_REQUEST)
            try:
                await self.authenticate(request.headers.get("Authorization"), activity)
            except AuthError as error:
                logger.warning("Teams: rejected a request: %s", error)
                return response.text("Unauthorized.", status=HTTPStatus.UNAUTHORIZED)
            try:
                await self._handle(activity, self.get_metadata(request), on_new_message)
            except (KeyError, TypeError) as error:
                logger.error("Teams: activity missing a field: %s", error)
                return response.text("Malformed activity.", status=HTTPStatus.BAD_REQUEST)
            return response.text("", status=HTTPStatus.OK)

        return teams_webhook

    async def _handle(self, activity: dict[str, Any], metadata: dict[str, Any] | None,
                      on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> None:
        kind = activity.get("type")
        if kind == "message":
            text = MENTION.sub("", activity.get("text") or "").strip()
            if activity.get("value") and not text:  # a card's messageBack/submit value
                text = str(activity["value"])
            await on_new_message(UserMessage(
                text=text, output_channel=self._output(activity), sender_id=activity["from"]["id"],
                input_channel=self.name(), metadata=self.add_attachments_to_metadata(activity, metadata)))
        elif kind == "conversationUpdate":
            bot_id = activity["recipient"]["id"]
            if any(member.get("id") == bot_id for member in activity.get("membersAdded") or []):
                # The bot was added: greet the conversation (the user is whoever added it).
                sender = (activity.get("from") or {}).get("id") or activity["conversation"]["id"]
                await on_new_message(UserMessage(
                    text=WELCOME_TRIGGER, output_channel=self._output(activity), sender_id=sender,
                    input_channel=self.name(), metadata=metadata))
        else:
            logger.info("Teams: ignoring a %s activity", kind)
