package org.amicable.dispute.adapter.persistence;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Arrays;
import org.amicable.dispute.domain.model.DisputeEvent;
import org.amicable.dispute.domain.model.Letter;
import org.amicable.dispute.domain.model.LetterContent;
import org.amicable.dispute.domain.model.TimelineEntry;

/**
 * JSON of the domain's records for storage, without annotating the domain: fields are the record
 * components, and the two closed families (events, letter contents) carry their type's simple name.
 */
final class DomainJson {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    private interface Typed {
    }

    private final ObjectMapper mapper;
    private final ObjectWriter writer;
    private final ObjectReader entries;
    private final ObjectReader letters;

    DomainJson() {
        mapper = new ObjectMapper()
                .registerModule(new Jdk8Module())
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
        mapper.addMixIn(DisputeEvent.class, Typed.class);
        mapper.addMixIn(LetterContent.class, Typed.class);
        register(DisputeEvent.class.getPermittedSubclasses());
        register(LetterContent.class.getPermittedSubclasses());
        writer = mapper.writer();
        entries = mapper.readerFor(TimelineEntry.class);
        letters = mapper.readerFor(Letter.class);
    }

    private void register(Class<?>[] types) {
        mapper.registerSubtypes(Arrays.stream(types).map(type -> new NamedType(type, type.getSimpleName()))
                .toArray(NamedType[]::new));
    }

    String write(Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    TimelineEntry readEntry(String json) {
        return read(json, entries, TimelineEntry.class);
    }

    Letter readLetter(String json) {
        return read(json, letters, Letter.class);
    }

    private static <T> T read(String json, ObjectReader reader, Class<T> type) {
        try {
            return reader.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
