package org.roguewatch.uplink;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.roguewatch.gsm.sms.OctetString;
import org.roguewatch.observe.ArfcnList;

/**
 * Encodes a decoded radio message (a graph of records, enums, lists and a few value classes) by
 * walking its record components, so every message type the decoders produce crosses the wire
 * without a hand-written codec per type, and a new message type needs no codec change. Each value
 * is tagged; records and enums are named by class (through the payload's string table, so a name
 * costs one varint after its first use).
 *
 * <p>Only records and enums of {@code org.roguewatch} packages are instantiated from the wire, and
 * only through their canonical constructors, so a peer cannot make the reader build anything else.
 */
public final class RecordGraphCodec {
    private static final int NULL = 0;
    private static final int INT = 1;
    private static final int LONG = 2;
    private static final int FALSE = 3;
    private static final int TRUE = 4;
    private static final int STRING = 5;
    private static final int RECORD = 6;
    private static final int ENUM = 7;
    private static final int LIST = 8;
    private static final int OPTIONAL_EMPTY = 9;
    private static final int OPTIONAL = 10;
    private static final int BYTES = 11;
    private static final int INTS = 12;
    private static final int BYTE_BUFFER = 13;
    private static final int OCTET_STRING = 14;
    private static final int DOUBLE = 15;
    private static final int ARFCN_LIST = 16;
    private static final int INSTANT = 17;
    private static final int SHORT = 18;
    private static final int BYTE = 19;
    private static final int CHAR = 20;
    private static final int FLOAT = 21;
    private static final int OFFSET_DATE_TIME = 22;

    private static final String ALLOWED_PACKAGE = "org.roguewatch.";
    /** Deep enough for every decoded message; a deeper graph from the wire is an attack or corruption. */
    private static final int MAX_DEPTH = 32;
    private static final Map<Class<?>, RecordShape> SHAPES = new ConcurrentHashMap<>();
    private static final Map<String, Class<?>> CLASSES = new ConcurrentHashMap<>();

    private RecordGraphCodec() {
    }

    private record RecordShape(Constructor<?> constructor, Method[] accessors) {
    }

    public static void write(PayloadWriter out, Object value) {
        if (value == null) {
            out.u8(NULL);
        } else if (value instanceof Integer number) {
            out.u8(INT);
            out.signed(number);
        } else if (value instanceof Long number) {
            out.u8(LONG);
            out.signed(number);
        } else if (value instanceof Boolean flag) {
            out.u8(flag ? TRUE : FALSE);
        } else if (value instanceof String text) {
            out.u8(STRING);
            out.string(text);
        } else if (value instanceof Enum<?> constant) {
            out.u8(ENUM);
            out.string(constant.getDeclaringClass().getName());
            out.string(constant.name());
        } else if (value instanceof Record record) {
            writeRecord(out, record);
        } else if (value instanceof List<?> list) {
            out.u8(LIST);
            out.varint(list.size());
            for (Object item : list) {
                write(out, item);
            }
        } else if (value instanceof Optional<?> optional) {
            if (optional.isEmpty()) {
                out.u8(OPTIONAL_EMPTY);
            } else {
                out.u8(OPTIONAL);
                write(out, optional.get());
            }
        } else {
            writeValueClass(out, value);
        }
    }

    private static void writeValueClass(PayloadWriter out, Object value) {
        if (value instanceof byte[] octets) {
            out.u8(BYTES);
            out.bytes(octets);
        } else if (value instanceof int[] numbers) {
            out.u8(INTS);
            writeInts(out, numbers);
        } else if (value instanceof ByteBuffer buffer) {
            out.u8(BYTE_BUFFER);
            ByteBuffer view = buffer.duplicate();
            byte[] octets = new byte[view.remaining()];
            view.get(octets);
            out.bytes(octets);
        } else if (value instanceof OctetString octets) {
            out.u8(OCTET_STRING);
            out.bytes(octets.toByteArray());
        } else if (value instanceof ArfcnList arfcns) {
            out.u8(ARFCN_LIST);
            writeInts(out, arfcns.toArray());
        } else if (value instanceof Double number) {
            out.u8(DOUBLE);
            out.float64(number);
        } else if (value instanceof Float number) {
            out.u8(FLOAT);
            out.float64(number);
        } else if (value instanceof Short number) {
            out.u8(SHORT);
            out.signed(number);
        } else if (value instanceof Byte number) {
            out.u8(BYTE);
            out.signed(number);
        } else if (value instanceof Character character) {
            out.u8(CHAR);
            out.varint(character);
        } else if (value instanceof Instant instant) {
            out.u8(INSTANT);
            out.instant(instant);
        } else if (value instanceof OffsetDateTime time) {
            out.u8(OFFSET_DATE_TIME);
            out.instant(time.toInstant());
            out.signed(time.getOffset().getTotalSeconds());
        } else {
            // A programming error: a decoder grew a component type this codec has not learned.
            throw new IllegalArgumentException("no wire encoding for " + value.getClass().getName());
        }
    }

    private static void writeRecord(PayloadWriter out, Record record) {
        RecordShape shape = shape(record.getClass());
        out.u8(RECORD);
        out.string(record.getClass().getName());
        for (Method accessor : shape.accessors()) {
            try {
                write(out, accessor.invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + accessor, e);
            }
        }
    }

    private static void writeInts(PayloadWriter out, int[] numbers) {
        out.varint(numbers.length);
        for (int number : numbers) {
            out.signed(number);
        }
    }

    public static Object read(PayloadReader in) {
        return read(in, 0);
    }

    private static Object read(PayloadReader in, int depth) {
        if (depth > MAX_DEPTH) {
            throw in.bad("too-deep", "message graph deeper than " + MAX_DEPTH);
        }
        int tag = in.u8();
        return switch (tag) {
            case NULL -> null;
            case INT -> in.signedInt();
            case LONG -> in.signed();
            case FALSE -> Boolean.FALSE;
            case TRUE -> Boolean.TRUE;
            case STRING -> in.string();
            case ENUM -> readEnum(in);
            case RECORD -> readRecord(in, depth);
            case LIST -> readList(in, depth);
            case OPTIONAL_EMPTY -> Optional.empty();
            case OPTIONAL -> Optional.ofNullable(read(in, depth + 1));
            case BYTES -> in.bytes();
            case INTS -> readInts(in);
            case BYTE_BUFFER -> ByteBuffer.wrap(in.bytes()).asReadOnlyBuffer();
            case OCTET_STRING -> OctetString.of(in.bytes());
            case DOUBLE -> in.float64();
            case FLOAT -> (float) in.float64();
            case ARFCN_LIST -> ArfcnList.of(readInts(in));
            case INSTANT -> in.instant();
            case SHORT -> (short) in.signed();
            case BYTE -> (byte) in.signed();
            case CHAR -> (char) in.varint();
            case OFFSET_DATE_TIME -> readOffsetDateTime(in);
            default -> throw in.bad("bad-value-tag", "tag " + tag);
        };
    }

    private static OffsetDateTime readOffsetDateTime(PayloadReader in) {
        Instant instant = in.instant();
        long offsetSeconds = in.signed();
        if (instant == null || Math.abs(offsetSeconds) > 18 * 3600) {
            throw in.bad("bad-time", "offset date-time " + instant + " " + offsetSeconds + " s");
        }
        return instant.atOffset(ZoneOffset.ofTotalSeconds((int) offsetSeconds));
    }

    private static List<Object> readList(PayloadReader in, int depth) {
        int size = in.count();
        List<Object> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(read(in, depth + 1));
        }
        return list;
    }

    private static int[] readInts(PayloadReader in) {
        int[] numbers = new int[in.count()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = in.signedInt();
        }
        return numbers;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object readEnum(PayloadReader in) {
        Class<?> type = allowedClass(in, in.string());
        String constant = in.string();
        if (!type.isEnum()) {
            throw in.bad("not-an-enum", type.getName());
        }
        try {
            return Enum.valueOf((Class) type, constant);
        } catch (IllegalArgumentException e) {
            throw in.bad("unknown-enum-constant", type.getName() + "." + constant);
        }
    }

    private static Object readRecord(PayloadReader in, int depth) {
        Class<?> type = allowedClass(in, in.string());
        if (!type.isRecord()) {
            throw in.bad("not-a-record", type.getName());
        }
        RecordShape shape = shape(type);
        Object[] arguments = new Object[shape.accessors().length];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = read(in, depth + 1);
        }
        try {
            return shape.constructor().newInstance(arguments);
        } catch (IllegalArgumentException | InvocationTargetException | InstantiationException
                 | IllegalAccessException e) {
            throw in.bad("bad-record", type.getSimpleName() + ": " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
    }

    private static Class<?> allowedClass(PayloadReader in, String name) {
        if (!name.startsWith(ALLOWED_PACKAGE)) {
            throw in.bad("class-not-allowed", name);
        }
        Class<?> known = CLASSES.get(name);
        if (known != null) {
            return known;
        }
        try {
            Class<?> type = Class.forName(name, false, RecordGraphCodec.class.getClassLoader());
            if (!type.isRecord() && !type.isEnum()) {
                throw in.bad("class-not-allowed", name);
            }
            CLASSES.put(name, type);
            return type;
        } catch (ClassNotFoundException e) {
            throw in.bad("unknown-class", name);
        }
    }

    private static RecordShape shape(Class<?> type) {
        return SHAPES.computeIfAbsent(type, RecordGraphCodec::inspect);
    }

    private static RecordShape inspect(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] parameterTypes = new Class<?>[components.length];
        Method[] accessors = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            parameterTypes[i] = components[i].getType();
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
            constructor.setAccessible(true);
            return new RecordShape(constructor, accessors);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record without canonical constructor: " + type, e);
        }
    }
}
