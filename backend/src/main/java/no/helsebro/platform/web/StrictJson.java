package no.helsebro.platform.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * JSON values are read as the type they are, never coerced (issue 9 item 14): a number is not a
 * string, {@code true} is not 1, {@code 1.5} is not 1, {@code [1]} is not 1 and {@code [["a"]]} is
 * not a list of strings. Micronaut Serialization coerces all of these by default; these
 * deserializers replace its own for strings, whole numbers, booleans and lists of strings. A wrong
 * type fails with the path of the field, which {@code no.helsebro.platform.errors} turns into a 400
 * problem naming it.
 */
@Factory
class StrictJson {

  @Singleton
  @Primary
  Deserializer<String> strings() {
    return new Strict<>(v -> v instanceof String s ? s : null, "a string");
  }

  @Singleton
  @Primary
  Deserializer<Long> longs() {
    return new Strict<>(StrictJson::wholeLong, "a whole number");
  }

  private static @Nullable Long wholeLong(Object value) {
    if (value instanceof Integer i) {
      return i.longValue();
    }
    if (value instanceof Long l) {
      return l;
    }
    if (value instanceof BigInteger b && b.bitLength() < 64) {
      return b.longValue();
    }
    return null;
  }

  @Singleton
  @Primary
  Deserializer<Integer> integers() {
    return new Strict<>(StrictJson::wholeInt, "a whole number");
  }

  private static @Nullable Integer wholeInt(Object value) {
    if (value instanceof Integer i) {
      return i;
    }
    if (value instanceof Long l && l == l.intValue()) {
      return l.intValue();
    }
    return null;
  }

  @Singleton
  @Primary
  Deserializer<Boolean> booleans() {
    return new Strict<>(v -> v instanceof Boolean b ? b : null, "true or false");
  }

  @Singleton
  @Primary
  Deserializer<List<String>> stringLists() {
    Deserializer<String> strings = strings();
    return new Deserializer<>() {
      @Override
      public List<String> deserialize(
          @NonNull Decoder decoder,
          @NonNull DecoderContext context,
          @NonNull Argument<? super List<String>> type)
          throws IOException {
        Decoder array = decoder.decodeArray();
        List<String> list = new ArrayList<>();
        while (array.hasNextArrayValue()) {
          try {
            list.add(strings.deserializeNullable(array, context, Argument.STRING));
          } catch (SerdeException e) {
            e.getPath().add(ReferencePath.ofCollection(ArrayList.class, type, list.size()));
            throw e;
          }
        }
        array.finishStructure();
        return list;
      }

      @Override
      public @Nullable List<String> deserializeNullable(
          @NonNull Decoder decoder,
          @NonNull DecoderContext context,
          @NonNull Argument<? super List<String>> type)
          throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
      }
    };
  }

  /** Reads any JSON value and accepts it only if it already is of the expected type. */
  static final class Strict<T> implements Deserializer<T> {

    /** The value as T, or null when it is of another type. */
    private final Function<Object, @Nullable T> convert;

    private final String expected;

    Strict(Function<Object, @Nullable T> convert, String expected) {
      this.convert = convert;
      this.expected = expected;
    }

    @Override
    public T deserialize(
        @NonNull Decoder decoder,
        @NonNull DecoderContext context,
        @NonNull Argument<? super T> type)
        throws IOException {
      Object value = decoder.decodeArbitrary();
      T converted = value == null ? null : convert.apply(value);
      if (converted == null) {
        throw decoder.createDeserializationException(
            "Expected " + expected, value == null ? "null" : value);
      }
      return converted;
    }

    @Override
    public @Nullable T deserializeNullable(
        @NonNull Decoder decoder,
        @NonNull DecoderContext context,
        @NonNull Argument<? super T> type)
        throws IOException {
      return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }
  }
}
