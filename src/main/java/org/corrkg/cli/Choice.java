package org.corrkg.cli;

import java.util.Arrays;
import java.util.stream.Collectors;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an enum option by its lower-case word, and names the words when it is none of them. */
final class Choice<E extends Enum<E>> implements ITypeConverter<E> {

    private final Class<E> type;

    Choice(Class<E> type) {
        this.type = type;
    }

    @Override
    public E convert(String value) {
        for (E e : type.getEnumConstants())
            if (e.toString().equalsIgnoreCase(value.trim()))
                return e;
        throw new TypeConversionException("expected one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                .collect(Collectors.joining(", ")) + ", not '" + value + "'");
    }
}
