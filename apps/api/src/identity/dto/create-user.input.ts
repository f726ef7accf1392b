import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMinSize, IsEmail, IsEnum, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { MIN_PASSWORD_LENGTH, Role } from '@chainq/identity';

@InputType()
export class CreateUserInput {
  @Field(() => ID) @IsUUID() organisationId: string;
  @Field() @IsEmail() @MaxLength(254) email: string;
  @Field() @IsString() @MinLength(1) @MaxLength(120) displayName: string;
  @Field() @IsString() @MinLength(MIN_PASSWORD_LENGTH) @MaxLength(200) password: string;
  @Field(() => [Role]) @ArrayMinSize(1) @IsEnum(Role, { each: true }) roles: Role[];
}
