package org.ncii.testkit.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A seeded generator of test values with only the combinators the hostile-input tests need. It replaces jqwik's
 * generators: jqwik's maintainer asks that the library not be used by AI coding agents, and agents build this project.
 */
@FunctionalInterface
public interface Gen<T> {
    String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    String DIGITS = "0123456789";

    /** Draws one value; the same seeded {@code Random} gives the same values in the same order. */
    T sample(Random random);

    default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
        return random -> mapper.apply(sample(random));
    }

    /** Draws again until a value passes; a filter that misses 10,000 times in a row is a bug in the test. */
    default Gen<T> filter(Predicate<? super T> keep) {
        return random -> {
            for (int miss = 0; miss < 10_000; miss++) {
                T value = sample(random);
                if (keep.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("filter rejected 10,000 values in a row");
        };
    }

    default Gen<List<T>> list(int maxSize) {
        return list(0, maxSize);
    }

    default Gen<List<T>> list(int minSize, int maxSize) {
        return random -> {
            int size = bounded(random, minSize, maxSize);
            List<T> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(sample(random));
            }
            return values;
        };
    }

    static <T> Gen<T> just(T value) {
        return random -> value;
    }

    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(List.of(values));
    }

    static <T> Gen<T> of(List<T> values) {
        List<T> choices = List.copyOf(values);
        return random -> choices.get(random.nextInt(choices.size()));
    }

    static <E extends Enum<E>> Gen<E> of(Class<E> type) {
        return of(type.getEnumConstants());
    }

    /** One of the generators, each equally likely. */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        List<Gen<? extends T>> choices = List.of(gens);
        return random -> choices.get(random.nextInt(choices.size())).sample(random);
    }

    /** A generator with its share in {@link #frequency}. */
    record Weighted<T>(int weight, Gen<? extends T> gen) { }

    static <T> Weighted<T> weight(int weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }

    /** One of the generators, chosen in proportion to its weight. */
    @SafeVarargs
    static <T> Gen<T> frequency(Weighted<? extends T>... weighted) {
        List<Weighted<? extends T>> choices = List.of(weighted);
        int total = choices.stream().mapToInt(Weighted::weight).sum();
        return random -> {
            int roll = random.nextInt(total);
            for (Weighted<? extends T> choice : choices) {
                roll -= choice.weight();
                if (roll < 0) {
                    return choice.gen().sample(random);
                }
            }
            throw new IllegalStateException("weights changed while drawing");
        };
    }

    /** Integers from {@code min} to {@code max} inclusive; the bounds themselves come up more often than chance. */
    static Gen<Integer> integers(int min, int max) {
        return random -> bounded(random, min, max);
    }

    /** Doubles from {@code min} to {@code max} inclusive; the bounds themselves come up more often than chance. */
    static Gen<Double> doubles(double min, double max) {
        return random -> switch (random.nextInt(20)) {
            case 0 -> min;
            case 1 -> max;
            default -> min + random.nextDouble() * (max - min);
        };
    }

    /** Strings of characters taken from {@code chars}. */
    static Gen<String> strings(String chars, int minLength, int maxLength) {
        return characters(minLength, maxLength, random -> chars.charAt(random.nextInt(chars.length())));
    }

    /** Strings of characters from {@code from} to {@code to} inclusive. */
    static Gen<String> strings(char from, char to, int minLength, int maxLength) {
        return characters(minLength, maxLength, random -> (char) (from + random.nextInt(to - from + 1)));
    }

    /** Strings of any UTF-16 code unit, lone surrogates and noncharacters included. */
    static Gen<String> anyStrings(int minLength, int maxLength) {
        return strings(Character.MIN_VALUE, Character.MAX_VALUE, minLength, maxLength);
    }

    static <A, B, R> Gen<R> combine(Gen<A> a, Gen<B> b, BiFunction<A, B, R> as) {
        return random -> as.apply(a.sample(random), b.sample(random));
    }

    static <A, B, C, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Of3<A, B, C, R> as) {
        return random -> as.apply(a.sample(random), b.sample(random), c.sample(random));
    }

    static <A, B, C, D, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Of4<A, B, C, D, R> as) {
        return random -> as.apply(a.sample(random), b.sample(random), c.sample(random), d.sample(random));
    }

    static <A, B, C, D, E, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Gen<E> e,
            Of5<A, B, C, D, E, R> as) {
        return random -> as.apply(a.sample(random), b.sample(random), c.sample(random), d.sample(random),
                e.sample(random));
    }

    interface Of3<A, B, C, R> { R apply(A a, B b, C c); }

    interface Of4<A, B, C, D, R> { R apply(A a, B b, C c, D d); }

    interface Of5<A, B, C, D, E, R> { R apply(A a, B b, C c, D d, E e); }

    private static Gen<String> characters(int minLength, int maxLength, Gen<Character> character) {
        return random -> {
            int length = bounded(random, minLength, maxLength);
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                text.append(character.sample(random).charValue());
            }
            return text.toString();
        };
    }

    /** Off-by-one rules break at the bounds, so one draw in ten is {@code min} or {@code max} itself. */
    private static int bounded(Random random, int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " > max " + max);
        }
        return switch (random.nextInt(20)) {
            case 0 -> min;
            case 1 -> max;
            default -> (int) (min + random.nextLong((long) max - min + 1));
        };
    }
}
