package io.stocktrace.epcis.capture;

import io.stocktrace.epcis.EpcIdentifiers;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads a captured EPCISDocument (or a single event) into {@link CapturedEvent}s, with every error it finds (the
 * fields it stores and looks up: type, times, action, identifiers and their lengths), each named by its place
 * ({@code eventList[2].eventTime}). GS1's schema is checked apart ({@link CaptureSchema}); these checks hold even
 * without it. An event without an eventID is given {@code ni:///sha-256;<hash of its JSON>}, so a repeat is known.
 */
public final class EventIndex {
    static final Set<String> EVENT_TYPES = Set.of("ObjectEvent", "AggregationEvent", "TransactionEvent",
            "TransformationEvent", "AssociationEvent");
    static final int MAX_IDENTIFIER = 1024;
    private static final BigDecimal MAX_QUANTITY = BigDecimal.TEN.pow(17);
    private static final Set<String> ACTIONS = Set.of("ADD", "OBSERVE", "DELETE");
    private static final Pattern OFFSET = Pattern.compile("[+-]\\d\\d:\\d\\d");

    /** The events read, and the errors found; events are to be stored only when there is no error. */
    public record Result(List<CapturedEvent> events, List<String> errors) {
    }

    private final List<CapturedEvent> events = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    private EventIndex() {
    }

    /** The events of a document or of a single event. */
    public static Result read(JsonNode root) {
        EventIndex index = new EventIndex();
        String type = root.path("type").asString("");
        if ("EPCISDocument".equals(type)) {
            JsonNode list = root.path("epcisBody").path("eventList");
            if (!list.isArray()) {
                index.errors.add("epcisBody.eventList: required, a list of events");
            } else {
                int i = 0;
                for (JsonNode event : list.values()) {
                    index.event(i, "eventList[" + i + "]", event);
                    i++;
                }
            }
        } else if (EVENT_TYPES.contains(type)) {
            index.event(0, "event", root);
        } else {
            index.errors.add("type: must be EPCISDocument or an event (" + String.join(", ", EVENT_TYPES.stream().sorted().toList())
                    + "), not '" + clip(type) + "'");
        }
        return new Result(List.copyOf(index.events), List.copyOf(index.errors));
    }

    /** How many events a document (or single event) holds, before anything else is read. */
    public static int count(JsonNode root) {
        JsonNode list = root.path("epcisBody").path("eventList");
        return "EPCISDocument".equals(root.path("type").asString("")) ? (list.isArray() ? list.size() : 0) : 1;
    }

    private void event(int index, String at, JsonNode event) {
        int before = errors.size();
        if (!event.isObject()) {
            errors.add(at + ": must be an event object");
            return;
        }
        String type = event.path("type").asString("");
        if (!EVENT_TYPES.contains(type)) {
            errors.add(at + ".type: must be one of " + EVENT_TYPES.stream().sorted().toList() + ", not '" + clip(type) + "'");
        }
        Instant time = time(event, at + ".eventTime");
        String offset = event.path("eventTimeZoneOffset").asString("");
        if (!OFFSET.matcher(offset).matches()) {
            errors.add(at + ".eventTimeZoneOffset: required, as +hh:mm or -hh:mm");
        }
        String action = event.path("action").isMissingNode() ? null : event.path("action").asString("");
        if (!"TransformationEvent".equals(type) && (action == null || !ACTIONS.contains(action))) {
            errors.add(at + ".action: required, ADD, OBSERVE or DELETE");
        }
        boolean declaration = event.path("errorDeclaration").isObject();
        String eventId = text(event, "eventID", at);
        List<CapturedEvent.Epc> epcs = epcs(event, at);
        List<CapturedEvent.Party> parties = new ArrayList<>();
        parties(event, "sourceList", "source", at, parties);
        parties(event, "destinationList", "destination", at, parties);
        String bizStep = text(event, "bizStep", at);
        String disposition = text(event, "disposition", at);
        String readPoint = text(event.path("readPoint"), "id", at + ".readPoint");
        String bizLocation = text(event.path("bizLocation"), "id", at + ".bizLocation");
        if (errors.size() == before) {
            String json = event.toString();
            events.add(new CapturedEvent(index, eventId != null ? eventId : hashId(json), declaration, type, action,
                    shortName(bizStep, "BizStep-", "urn:epcglobal:cbv:bizstep:"),
                    shortName(disposition, "Disp-", "urn:epcglobal:cbv:disp:"), time, offset, readPoint, bizLocation,
                    json, epcs, parties));
        }
    }

    private Instant time(JsonNode event, String at) {
        try {
            return OffsetDateTime.parse(event.path("eventTime").asString("")).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(at + ": required, a date-time with its offset (2026-11-26T14:00:00.000+01:00)");
            return null;
        }
    }

    private List<CapturedEvent.Epc> epcs(JsonNode event, String at) {
        List<CapturedEvent.Epc> epcs = new ArrayList<>();
        instances(event, "epcList", "epc", at, epcs);
        instances(event, "childEPCs", "child", at, epcs);
        instances(event, "inputEPCList", "input", at, epcs);
        instances(event, "outputEPCList", "output", at, epcs);
        String parent = text(event, "parentID", at);
        if (parent != null) {
            epcs.add(epc("parent", parent, null, null));
        }
        quantities(event, "quantityList", "class", at, epcs);
        quantities(event, "childQuantityList", "child-class", at, epcs);
        quantities(event, "inputQuantityList", "input-class", at, epcs);
        quantities(event, "outputQuantityList", "output-class", at, epcs);
        return epcs;
    }

    private void instances(JsonNode event, String field, String role, String at, List<CapturedEvent.Epc> epcs) {
        int i = 0;
        for (JsonNode value : event.path(field).values()) {
            String uri = identifier(value, at + "." + field + "[" + i++ + "]");
            if (uri != null) {
                epcs.add(epc(role, uri, null, null));
            }
        }
    }

    private void quantities(JsonNode event, String field, String role, String at, List<CapturedEvent.Epc> epcs) {
        int i = 0;
        for (JsonNode value : event.path(field).values()) {
            String place = at + "." + field + "[" + i++ + "]";
            String uri = identifier(value.path("epcClass"), place + ".epcClass");
            JsonNode quantity = value.path("quantity");
            if (!quantity.isMissingNode() && (!quantity.isNumber() || quantity.decimalValue().abs().compareTo(MAX_QUANTITY) >= 0)) {
                errors.add(place + ".quantity: must be a number below 10^17");
            }
            String uom = value.path("uom").isMissingNode() ? null : identifier(value.path("uom"), place + ".uom");
            if (uom != null && uom.length() > 16) {
                errors.add(place + ".uom: at most 16 characters");
            }
            if (uri != null) {
                epcs.add(epc(role, uri, quantity.isNumber() ? quantity.decimalValue().setScale(6, java.math.RoundingMode.HALF_UP) : null, uom));
            }
        }
    }

    private static CapturedEvent.Epc epc(String role, String uri, BigDecimal quantity, String uom) {
        var key = EpcIdentifiers.parse(uri);
        return new CapturedEvent.Epc(role, uri, key.map(EpcIdentifiers.EpcKey::gtin14).orElse(null),
                key.map(EpcIdentifiers.EpcKey::lot).orElse(null), key.map(EpcIdentifiers.EpcKey::serial).orElse(null),
                quantity, uom);
    }

    private void parties(JsonNode event, String field, String direction, String at, List<CapturedEvent.Party> parties) {
        int i = 0;
        for (JsonNode value : event.path(field).values()) {
            String place = at + "." + field + "[" + i++ + "]";
            String type = identifier(value.path("type"), place + ".type");
            String id = identifier(value.path(direction), place + "." + direction);
            if (type != null && id != null) {
                parties.add(new CapturedEvent.Party(direction, type, id));
            }
        }
    }

    /** An optional string member; present, it must be a string of at most 1,024 characters. */
    private String text(JsonNode node, String field, String at) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : identifier(value, at + "." + field);
    }

    private String identifier(JsonNode value, String at) {
        if (!value.isString()) {
            errors.add(at + ": required, a string");
            return null;
        }
        String text = value.asString();
        if (text.isEmpty() || text.length() > MAX_IDENTIFIER) {
            errors.add(at + ": 1 to " + MAX_IDENTIFIER + " characters");
            return null;
        }
        return text;
    }

    /** CBV short names ({@code shipping}) stand for the full URI and the EPCIS 1.x URN of the same value. */
    static String shortName(String value, String cbvTerm, String urnPrefix) {
        if (value == null) {
            return null;
        }
        String uri = "https://ref.gs1.org/cbv/" + cbvTerm;
        return value.startsWith(uri) ? value.substring(uri.length())
                : value.startsWith(urnPrefix) ? value.substring(urnPrefix.length()) : value;
    }

    private static String hashId(String json) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return "ni:///sha-256;" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clip(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
