package org.roguewatch.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLineTest {
    private static List<String> fields(String text) throws RowProblem {
        CsvLine line = new CsvLine();
        line.split(text);
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            fields.add(line.text(i));
        }
        return fields;
    }

    @Test
    void splitsOnCommasAndTrimsBlanksAroundFields() throws RowProblem {
        assertEquals(List.of("GSM", "262", "02", "318"), fields(" GSM ,262,\t02 , 318"));
    }

    @Test
    void emptyFieldsIncludingATrailingOneAreKept() throws RowProblem {
        assertEquals(List.of("a", "", "", "b", ""), fields("a,,  ,b,"));
        assertEquals(List.of(""), fields(""));
    }

    @Test
    void quotedFieldsMayHoldCommasAndDoubledQuotes() throws RowProblem {
        assertEquals(List.of("GSM", "a,b", "say \"hi\"", "x"), fields("GSM, \"a,b\" ,\"say \"\"hi\"\"\",x"));
    }

    @Test
    void aLineIsReusedWithoutLeftoversFromTheLongerLineBefore() throws RowProblem {
        CsvLine line = new CsvLine();
        line.split("\"q\",b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t");
        assertEquals(20, line.size(), "grows past its initial 16 fields");
        line.split("x,y");
        assertEquals(2, line.size());
        assertEquals("x", line.text(0), "the quoted copy of the earlier line's first field is not reused");
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsPosition() {
        RowProblem problem = assertThrows(RowProblem.class, () -> fields("GSM,\"262,02"));
        assertTrue(problem.getMessage().contains("field 2: quote opened at character 5 is never closed"),
                problem.getMessage());
    }

    @Test
    void textAfterAClosingQuoteIsRefused() {
        RowProblem problem = assertThrows(RowProblem.class, () -> fields("\"262\"x,02"));
        assertTrue(problem.getMessage().contains("field 1: text after the closing quote"), problem.getMessage());
    }
}
