// planforge::Date: the four ISO forms, real calendar checks, spans, and how dates read.
#include <planforge/date.hpp>

#include <doctest/doctest.h>

using planforge::Date;

TEST_CASE("Date::parse accepts the four forms") {
  CHECK(Date::parse("2027") == Date{2027, 0, 0, 0});
  CHECK(Date::parse("2027-Q2") == Date{2027, 2, 0, 0});
  CHECK(Date::parse("2027-03") == Date{2027, 0, 3, 0});
  CHECK(Date::parse("2027-03-31") == Date{2027, 0, 3, 31});
}

TEST_CASE("Date::parse checks the calendar") {
  CHECK_FALSE(Date::parse("2027-02-29"));  // 2027 is not a leap year
  CHECK(Date::parse("2028-02-29"));        // 2028 is
  CHECK_FALSE(Date::parse("2100-02-29"));  // centuries are not, unless divisible by 400
  CHECK(Date::parse("2000-02-29"));
  CHECK_FALSE(Date::parse("2027-04-31"));
  CHECK(Date::parse("2027-12-31"));
  CHECK_FALSE(Date::parse("2027-13"));
  CHECK_FALSE(Date::parse("2027-00"));
  CHECK_FALSE(Date::parse("2027-01-00"));
  CHECK_FALSE(Date::parse("2027-Q5"));
  CHECK_FALSE(Date::parse("2027-Q0"));
}

TEST_CASE("Date::parse refuses other shapes") {
  for (const char* bad : {"", "27", "20270", "2027-3", "2027-03-1", "2027/03/31", "31.03.2027", "2027-q2",
                          "2027-Q", "2027-03-31T00:00", " 2027", "2027-W05", "+2027"}) {
    CAPTURE(bad);
    CHECK_FALSE(Date::parse(bad));
  }
}

TEST_CASE("a reduced date spans its whole period") {
  CHECK(Date::parse("2027")->first_day() == Date{2027, 0, 1, 1});
  CHECK(Date::parse("2027")->last_day() == Date{2027, 0, 12, 31});
  CHECK(Date::parse("2027-Q1")->first_day() == Date{2027, 0, 1, 1});
  CHECK(Date::parse("2027-Q1")->last_day() == Date{2027, 0, 3, 31});
  CHECK(Date::parse("2027-Q3")->first_day() == Date{2027, 0, 7, 1});
  CHECK(Date::parse("2027-Q4")->last_day() == Date{2027, 0, 12, 31});
  CHECK(Date::parse("2028-02")->last_day() == Date{2028, 0, 2, 29});
  CHECK(Date::parse("2027-02")->last_day() == Date{2027, 0, 2, 28});
  CHECK(Date::parse("2027-03-31")->first_day() == Date{2027, 0, 3, 31});
}

TEST_CASE("days() counts from 1970-01-01 across leap years and centuries") {
  CHECK(Date::parse("1970-01-01")->days() == 0);
  CHECK(Date::parse("1970-01-02")->days() == 1);
  CHECK(Date::parse("1969-12-31")->days() == -1);
  CHECK(Date::parse("2000-03-01")->days() == 11017);
  CHECK(Date::parse("2027-01-01")->days() == 20819);
  CHECK(Date::parse("2028-03-01")->days() - Date::parse("2028-02-28")->days() == 2);
  CHECK(Date::parse("2027-03-01")->days() - Date::parse("2027-02-28")->days() == 1);
  // A reduced date counts from its first day.
  CHECK(Date::parse("2027-Q2")->days() == Date::parse("2027-04-01")->days());
}

TEST_CASE("iso() gives back the form written — display() reads well") {
  for (const char* s : {"2027", "2027-Q2", "2027-03", "2027-03-31", "0999-01-05"}) {
    CAPTURE(s);
    CHECK(Date::parse(s)->iso() == s);
  }
  CHECK(Date::parse("2027-03-31")->display() == "31 Mar 2027");
  CHECK(Date::parse("2027-03-01")->display() == "1 Mar 2027");
  CHECK(Date::parse("2027-12")->display() == "Dec 2027");
  CHECK(Date::parse("2027-Q2")->display() == "Q2 2027");
  CHECK(Date::parse("2027")->display() == "2027");
}

TEST_CASE("from_days() is the inverse of days() across leap years, centuries and before 1970") {
  for (long d = -800000; d <= 800000; d += 997) CHECK(planforge::Date::from_days(d).days() == d);
  CHECK(planforge::Date::from_days(0) == planforge::Date{1970, 0, 1, 1});
  CHECK(planforge::Date::from_days(planforge::Date{2028, 0, 2, 29}.days()) ==
        planforge::Date{2028, 0, 2, 29});
  CHECK(planforge::Date::from_days(planforge::Date{2000, 0, 3, 1}.days() - 1) ==
        planforge::Date{2000, 0, 2, 29});
}
